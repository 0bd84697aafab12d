// Running a study: the entry of `tobii-pipeline run`, `demo` and `figures`.
// The outer pass over a whole study, in four steps, each in its own file
// under src/run/, inside an output set (run/output_set.h: OUT's lock, a
// staging folder, all outputs put in place at once):
//
//   prepare (run/prepare_study.h: discover, output folder, sync, align
//   BORIS timelines, choose the sample recordings)
//   -> recording passes (run/recording_passes.h: a bounded worker pool, one
//   AnalyseRecording each or its result from the cache, run/result_cache.h;
//   events files, progress)
//   -> gather (run/gather_outcomes.h: results and problems, in file order)
//   -> write outputs (run/write_outputs.h: tables, results.json, the study
//   analysis and figures, problems.csv; run/run_json.h: run.json; report;
//   then all of them put in place)
//
// Workers each hold one recording's pass (a read buffer, a chunk, a detector
// window), so memory is workers x that, plus one small result per recording.
// Nothing here prints: the caller is told through a RunObserver.
#pragma once

#include <atomic>
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
  // Stop right after discovery, before any recording is read and with
  // nothing written, when no recording has a group (RunSummary::no_groups):
  // the command line's rule unless `--no-groups` says one group is meant.
  bool require_groups = false;
  FigureOptions figures;                  // what changes only the figures
  // OUT exists, is not empty and holds no outputs of ours: write into it
  // anyway (its own files are kept).
  bool force = false;
  // false: --no-cache, every recording is read (and its cache entry made
  // anew).
  bool use_cache = true;
  // Set (to the signal's number) by a signal handler to stop the run: the
  // workers stop after their current chunk, nothing is put in OUT, and
  // RunSummary::interrupted_by says so. May be null.
  const std::atomic<int>* interrupt = nullptr;
  // `merge OUT` (tobii/shards.h): every recording's result is taken from
  // OUT's cache as its shard left it, and no recording is passed over
  // again (a --sync-event is still found, as before any run). A recording
  // without one stops the run before anything is written
  // (RunSummary::missing), as does a shard run with other settings or by
  // another program.
  bool merge = false;
};

// A recording `merge` found no result for, and why.
struct MissingResult {
  std::string file;   // relative to the study
  std::string shard;  // "K/N", the shard whose share it is
  std::string reason;
};

struct RunSummary {
  std::size_t recordings = 0;  // found
  std::size_t analysed = 0;
  std::size_t failed = 0;
  std::size_t reused = 0;      // of the analysed, taken from OUT's result cache
  // The signal that stopped the run (RunOptions::interrupt); 0: it ran to
  // its end. When stopped, OUT holds what it held before, and the cache
  // the recordings finished (`finished_in_cache`).
  int interrupted_by = 0;
  std::size_t finished_in_cache = 0;
  // RunOptions::require_groups stopped the run: no recording has a group,
  // and RunStudy's error says what discovery found and what to do.
  bool no_groups = false;
  // RunOptions::merge: the recordings with no result from their shard, in
  // file order; when any, RunStudy failed and wrote nothing.
  std::vector<MissingResult> missing;
  // Analysed recordings, in file order. Their figure data's grid,
  // fixation durations and saccades are not kept here (the run keeps them
  // on disk until it has drawn them: memory does not grow with the number
  // of recordings); results.json holds them.
  std::vector<RecordingResult> results;
  std::vector<Problem> problems;
  double seconds = 0;          // the whole run
  double pass_seconds = 0;     // the recordings' passes alone (throughput)
  std::uint64_t bytes = 0;     // read by this run's passes (not the reused recordings')
  double peak_resident_mib = 0;
};

// Runs the study. Fails only when the study folder cannot be read, no
// recording has a group while RunOptions::require_groups, or the outputs
// cannot be written (OUT is not ours, another run holds it, a disk is
// full); bad recordings become problems and the run goes on. The outputs
// appear in OUT all at once, replacing an earlier run's (run/output_set.h).
// When no recording could be analysed (summary->analysed == 0), or the run
// was interrupted, OUT is left as it was: no tables, figures or report that
// would look like results.
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
