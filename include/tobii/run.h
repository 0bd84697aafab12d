// Running a study: the entry of `tobii-pipeline run`, `demo` and `figures`.
// The outer pass over a whole study, in four steps, each in its own file
// under src/run/:
//
//   prepare (run/prepare_study.h: discover, output folder, sync, align
//   BORIS timelines, choose the sample recordings)
//   -> recording passes (run/recording_passes.h: a bounded worker pool, one
//   AnalyseRecording each, events files, progress)
//   -> gather (run/gather_outcomes.h: results and problems, in file order)
//   -> write outputs (run/write_outputs.h: tables, results.json, the study
//   analysis and figures, problems.csv; run/run_json.h: run.json; report)
//
// Workers each hold one recording's pass (a read buffer, a chunk, a detector
// window), so memory is workers x that, plus one small result per recording.
// Nothing here prints: the caller is told through a RunObserver.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tobii/figure_options.h"
#include "tobii/problem.h"
#include "tobii/recording_result.h"
#include "tobii/settings.h"
#include "tobii/status.h"
#include "tobii/sync_entry.h"

namespace tobii::study {

// What discovery found, told before the heavy work.
struct StudyOverview {
  std::filesystem::path root;  // the study folder (or single export) as given
  std::size_t recordings = 0;
  std::uint64_t bytes = 0;     // of those recordings
  // Recordings per group; "" holds those of no known group.
  std::map<std::string, std::size_t> recordings_per_group;
  std::string participants_file;  // relative; empty when none
  std::size_t files_not_read = 0;  // each in run.json, with the reason
  std::size_t boris_files = 0;
  std::size_t boris_observations = 0;  // in those files
  std::size_t annotated = 0;           // recordings with a BORIS observation
  std::size_t annotated_own_clock = 0;  // of those, with their own clock offset
  std::vector<Problem> problems;        // discovery's, in order
};

// What a caller (the command line) is told while the run goes on. Calls come
// from one thread at a time, but not always the same one.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  virtual void OnDiscovered(const StudyOverview& study) { (void)study; }
  virtual void OnProgress(std::uint64_t bytes_done, std::uint64_t bytes_total, std::size_t recordings_done,
                          std::size_t recordings_total) {
    (void)bytes_done, (void)bytes_total, (void)recordings_done, (void)recordings_total;
  }
  virtual void OnRecordingFailed(const Problem& problem) { (void)problem; }
  // A recording analysed with a doubt (damage it lost, annotations past
  // its end), once every pass is done.
  virtual void OnRecordingWarning(const Problem& problem) { (void)problem; }
};

struct RunOptions {
  std::filesystem::path study;
  std::filesystem::path out;
  Settings settings;
  int jobs = 0;                           // recordings analysed at once; 0 = all cores
  std::vector<std::string> command_line;  // for run.json
  bool write_events = false;              // OUT/events/<participant>_<recording>.csv
  bool read_boris = true;                 // false: --no-boris, BORIS files are passed over
  std::filesystem::path sync_table;       // --sync-table; empty: the one in the study, if any
  std::vector<SyncEntry> sync;            // the study config's [[sync]] entries
  std::string config_file;                // the study config read, for run.json; empty when none
  std::string names_from_path;            // CheckNamePattern's patterns; empty: none
  FigureOptions figures;                  // what changes only the figures
};

struct RunSummary {
  std::size_t recordings = 0;  // found
  std::size_t analysed = 0;
  std::size_t failed = 0;
  std::vector<RecordingResult> results;  // analysed recordings, in file order
  std::vector<Problem> problems;
  double seconds = 0;          // the whole run
  double pass_seconds = 0;     // the recordings' passes alone (throughput)
  std::uint64_t bytes = 0;
  double peak_resident_mib = 0;
};

// Runs the study. Fails only when the study folder cannot be read or an
// output cannot be written; bad recordings become problems and the run goes
// on. When no recording could be analysed (summary->analysed == 0), nothing
// is written to OUT: no tables, figures or report that would look like
// results.
Status RunStudy(const RunOptions& options, RunObserver* observer, RunSummary* summary);

// Whether `pattern` is a --names-from-path pattern
// ("data_{group}/{participant}_{recording}.*"); the error says what is
// wrong with it.
Status CheckNamePattern(const std::string& pattern);

// Where the outputs of a run into `out` lie (beside the tables, named in
// DESIGN.md's list).
struct RunOutputPaths {
  std::filesystem::path run_info;  // run.json: what ran, with what, and what became of every file
  std::filesystem::path results;   // results.json: every recording's results, for `figures OUT`
  std::filesystem::path figures;   // the figures' folder
  std::filesystem::path report;    // report.html
};
RunOutputPaths OutputPaths(const std::filesystem::path& out);

// `figures OUT`: the study analysis (group_stats.csv, behavior_summary.csv,
// the figures) redone from OUT's results.json with `figures`, and
// report.html rebuilt with run.json's overview and these figure options.
// No recording is read.
struct RedrawSummary {
  bool results_read = false;  // false: results.json could not be read (the error says why)
  std::size_t recordings = 0;  // whose results the figures were drawn from
};
Status RedrawFromResults(const std::filesystem::path& out, const FigureOptions& figures, RedrawSummary* summary);

}  // namespace tobii::study
