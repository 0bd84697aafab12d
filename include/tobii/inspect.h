// Inspecting files, the entry of `tobii-pipeline inspect`: what a file is
// and why it is or is not read. Each file is judged by its content, as a run
// judges it (io/sniff.h), and a recording is read whole through its
// format's reader (io/sample_reader.h), so that every flaw the run would
// meet is found and named: the damage it would count, the error that would
// stop it, or why a file is not a recording at all. A folder is walked as a
// run walks a study (study/study_walk.h): hidden files, links and earlier
// outputs are passed over with the reason.
//
// Nothing is printed here; the command formats the result.
//
// Memory: one reader at a time (its read buffer and one chunk), and per
// recording the counters below; the sampling rate's step counter holds at
// most metrics::kMaxDistinctSteps counts.
// Thread-safety: plain functions and values.
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "tobii/recording_info.h"
#include "tobii/sniff.h"
#include "tobii/status.h"

namespace tobii::study {

inline constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

// What the samples of one recording (or of all the recordings of a file)
// say about it. The rate is estimated from the clock as the analysis
// estimates it (metrics/interval_counter.h): the median step between
// consecutive samples picks the regular steps, and one over their mean is
// the rate. On a microsecond clock that is 1e6 / median step; on a clock
// logged in whole milliseconds (300 Hz as steps of 3, 3 and 4 ms) the mean
// finds the rate the median alone would miss by a third.
struct SampleFigures {
  std::int64_t samples = 0;
  std::int64_t rows = 0;              // data rows read, samples and other rows alike
  std::int64_t median_step_us = -1;   // -1 with fewer than two samples
  double rate_hz = kUnknown;          // NaN with fewer than two samples, or a clock that stands still
  double duration_s = kUnknown;       // last sample's time - first's (summed over recordings); NaN without samples
  double valid_share = kUnknown;      // samples with at least one valid eye; NaN without samples
  double left_valid_share = kUnknown;
  double right_valid_share = kUnknown;
};

// One recording, read whole.
struct RecordingInspection {
  io::RecordingInfo info;  // names, software, screen, head-mounted, decimal mark
  SampleFigures figures;
  std::vector<std::string> damage;  // io::DamageLog::Summaries(): flaws counted, reading went on
  // Why a run would not use the recording: an error that stopped the
  // reading, damage past io/damage.h's limits, or no gaze sample at all.
  // Empty when it is used.
  std::string error;
};

struct FileInspection {
  std::string path;  // as given, or the folder as given joined with the path in it
  // False when the file could not be opened or examined (not_read says
  // why): the one outcome the command treats as a failure.
  bool opened = true;
  // Whether the sniffer judged it (io/sniff.h), and what it said; a file
  // a folder walk passed over, or one that could not be opened, is not
  // judged.
  bool judged = false;
  io::Sniffed sniffed;
  // "recording", "participants table", ... (FileKindName), or for a file
  // a folder walk passed over its role there ("not read", "own output").
  std::string kind;
  // Why the file is not read as a recording: what else it is, or the error
  // that stopped its reader before the first sample. Empty when it is read.
  std::string not_read;
  io::ColumnReport columns;                     // for a recording whose reader opened
  std::vector<RecordingInspection> recordings;  // one per recording the file holds
  SampleFigures totals;                         // over all of them

  bool is_recording() const { return judged && sniffed.kind == io::FileKind::kRecording; }
  // Whether it was read as a recording (perhaps in part: see each
  // recording's error).
  bool read() const { return is_recording() && not_read.empty(); }
  // Every problem, one sentence each: for a recording not read, why; for
  // each recording, its damage and its error (prefixed with its names when
  // the file holds several); for a file that could not be opened, why.
  // Files that are simply something else (a participants table) have none.
  std::vector<std::string> Problems() const;
};

// "recording", "participants table", "sync table", "BORIS export", "BORIS
// project", "tobii-pipeline output", "companion", "unreadable", "other".
const char* FileKindName(io::FileKind kind);

// Judges `path` and, for a recording, reads each recording it holds
// whole. Fails only when the file cannot be opened; *inspection then says
// so too (opened = false), so the caller may list it with the rest.
Status InspectFile(const std::string& path, FileInspection* inspection);

// Walks `folder` as a run walks a study and inspects every file in it;
// what the walk passes over (hidden files, links read elsewhere, earlier
// outputs) and what it cannot list are entries too, in path order. Fails
// only when `folder` itself cannot be listed.
Status InspectFolder(const std::filesystem::path& folder, std::vector<FileInspection>* files);

}  // namespace tobii::study
