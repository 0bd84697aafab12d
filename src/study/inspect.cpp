#include "tobii/inspect.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

#include "aoi/aoi_file.h"
#include "io/recording_format.h"
#include "io/sniff.h"
#include "metrics/interval_counter.h"
#include "study/recording_pass.h"
#include "study/study_walk.h"
#include "util/units.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;

// Counts what SampleFigures reports, sample by sample, over one recording
// or over several in turn (no step is taken across two recordings).
class FigureTally {
 public:
  void BeginRecording() { in_recording_ = false; }

  void Add(const Sample& sample) {
    if (in_recording_) {
      steps_.Add(sample.time_us - previous_us_);
    } else {
      in_recording_ = true;
      first_us_ = sample.time_us;
    }
    previous_us_ = sample.time_us;
    ++samples_;
    left_valid_ += sample.left.valid;
    right_valid_ += sample.right.valid;
    any_valid_ += sample.left.valid || sample.right.valid;
  }

  void EndRecording(std::int64_t rows) {
    rows_ += rows;
    if (in_recording_) duration_us_ += previous_us_ - first_us_;
    in_recording_ = false;
  }

  SampleFigures Figures() const {
    SampleFigures f;
    f.samples = samples_;
    f.rows = rows_;
    f.median_step_us = steps_.MedianStepUs();
    f.rate_hz = steps_.RateHz();
    if (samples_ > 0) {
      const auto share = [&](std::int64_t count) {
        return static_cast<double>(count) / static_cast<double>(samples_);
      };
      f.duration_s = static_cast<double>(duration_us_) / util::kMicrosecondsPerSecond;
      f.valid_share = share(any_valid_);
      f.left_valid_share = share(left_valid_);
      f.right_valid_share = share(right_valid_);
    }
    return f;
  }

 private:
  metrics::IntervalCounter steps_;
  bool in_recording_ = false;
  std::int64_t first_us_ = 0;
  std::int64_t previous_us_ = 0;
  std::int64_t duration_us_ = 0;
  std::int64_t samples_ = 0;
  std::int64_t rows_ = 0;
  std::int64_t any_valid_ = 0;
  std::int64_t left_valid_ = 0;
  std::int64_t right_valid_ = 0;
};

// Why a file of another kind than a recording is not read as one.
std::string NotARecording(const io::Sniffed& sniffed) {
  switch (sniffed.kind) {
    case io::FileKind::kParticipantsTable:
      return "a participants table: a run takes the groups from it; it holds no gaze samples";
    case io::FileKind::kSyncTable:
      return "a sync table: a run takes each recording's clock offset from it; it holds no gaze samples";
    case io::FileKind::kDesignTable:
      return "a design table: a run takes each recording's condition and session from it; it holds no gaze "
             "samples";
    case io::FileKind::kAoiTable:
      return "the study's AOI definitions: a run hit-tests the gaze against them; it holds no gaze samples";
    case io::FileKind::kIntervalTable:
      return "an interval table: a run takes intervals of recordings from it; it holds no gaze samples";
    case io::FileKind::kBorisExport:
      return "a BORIS events export: a run reads its annotations; it holds no gaze samples";
    case io::FileKind::kBorisProject:
      return "a BORIS project: a run reads its annotations; it holds no gaze samples";
    case io::FileKind::kOwnOutput:
      return sniffed.what + ": never read as input";
    case io::FileKind::kRecording:
    case io::FileKind::kCompanion:
    case io::FileKind::kUnreadable:
    case io::FileKind::kOther:
      break;
  }
  return sniffed.what.empty() ? std::string("of no format tobii-pipeline reads") : sniffed.what;
}

// Reads one recording of the file (`select`: which, for a file of several)
// to its end, or to the error that stops it.
RecordingInspection ReadRecording(io::RecordingFormat format, const std::string& path,
                                  std::optional<io::RecordingSelector> select, FigureTally* file_tally) {
  RecordingInspection inspection;
  if (select) {  // named even when its reader fails
    inspection.info.participant = select->participant;
    inspection.info.recording = select->recording;
  }
  io::ReaderOptions options;
  options.select = std::move(select);
  std::unique_ptr<io::SampleReader> reader;
  Status status = io::OpenSampleReader(format, path, options, &reader);
  if (status.ok()) status = reader->Open();
  if (!status.ok()) {
    inspection.error = status.message();
    return inspection;
  }
  FigureTally tally;
  tally.BeginRecording();
  file_tally->BeginRecording();
  SampleChunk chunk;
  while (true) {
    status = reader->Next(&chunk);
    if (!status.ok() || chunk.empty()) break;
    for (const Sample& sample : chunk.samples) {
      tally.Add(sample);
      file_tally->Add(sample);
    }
  }
  tally.EndRecording(reader->rows_read());
  file_tally->EndRecording(reader->rows_read());
  if (status.ok()) status = CheckRecordingUsable(*reader);
  inspection.info = reader->info();
  inspection.figures = tally.Figures();
  inspection.damage = reader->damage().Summaries();
  if (!status.ok()) inspection.error = status.message();
  return inspection;
}

// Reads a file the sniffer judged a recording: its columns, the
// recordings it holds, and each of them whole.
void InspectRecordingFile(const std::string& path, FileInspection* inspection) {
  const io::RecordingFormat format = inspection->sniffed.format;
  std::unique_ptr<io::SampleReader> scanner;
  Status status = io::OpenSampleReader(format, path, {}, &scanner);
  if (status.ok()) status = scanner->Open();
  std::vector<io::RecordingSelector> parts;
  if (status.ok()) {
    inspection->columns = scanner->columns();
    status = scanner->ListRecordings(&parts);
  }
  if (!status.ok()) {
    inspection->not_read = status.message();
    return;
  }
  scanner.reset();
  FigureTally file_tally;
  if (parts.size() < 2) {
    // One recording: read without a selector, so that rows of a recording
    // interleaved with it are found as the run finds them.
    inspection->recordings.push_back(ReadRecording(format, path, std::nullopt, &file_tally));
  } else {
    for (io::RecordingSelector& part : parts) {
      inspection->recordings.push_back(ReadRecording(format, path, std::move(part), &file_tally));
    }
  }
  inspection->totals = file_tally.Figures();
}

}  // namespace

const char* FileKindName(io::FileKind kind) {
  switch (kind) {
    case io::FileKind::kRecording:
      return "recording";
    case io::FileKind::kParticipantsTable:
      return "participants table";
    case io::FileKind::kSyncTable:
      return "sync table";
    case io::FileKind::kDesignTable:
      return "design table";
    case io::FileKind::kAoiTable:
      return "AOI definitions";
    case io::FileKind::kIntervalTable:
      return "interval table";
    case io::FileKind::kBorisExport:
      return "BORIS export";
    case io::FileKind::kBorisProject:
      return "BORIS project";
    case io::FileKind::kOwnOutput:
      return "tobii-pipeline output";
    case io::FileKind::kCompanion:
      return "companion";
    case io::FileKind::kUnreadable:
      return "unreadable";
    case io::FileKind::kOther:
      break;
  }
  return "other";
}

std::vector<std::string> FileInspection::Problems() const {
  std::vector<std::string> problems;
  const bool meant_as_data = !opened || is_recording() || (judged && sniffed.kind == io::FileKind::kUnreadable);
  if (!not_read.empty() && meant_as_data) problems.push_back(not_read);
  for (const RecordingInspection& r : recordings) {
    const std::string prefix = recordings.size() > 1 ? "recording \"" + r.info.recording + "\" of participant \"" +
                                                           r.info.participant + "\": "
                                                     : "";
    for (const std::string& d : r.damage) problems.push_back(prefix + d);
    if (!r.error.empty()) problems.push_back(prefix + r.error);
  }
  return problems;
}

Status InspectFile(const std::string& path, FileInspection* inspection) {
  *inspection = FileInspection();
  inspection->path = path;
  if (Status s = io::SniffFile(path, &inspection->sniffed); !s.ok()) {
    inspection->opened = false;
    inspection->kind = "not read";
    inspection->not_read = "cannot be opened: " + s.message();
    return s;
  }
  inspection->judged = true;
  // Known by its name, as discovery knows it (a TOML file has no header).
  if (inspection->sniffed.kind != io::FileKind::kRecording &&
      aoi::IsAoiFileName(fs::path(path).filename().string())) {
    inspection->sniffed.kind = io::FileKind::kAoiTable;
  }
  inspection->kind = FileKindName(inspection->sniffed.kind);
  if (inspection->sniffed.kind != io::FileKind::kRecording) {
    inspection->not_read = NotARecording(inspection->sniffed);
    return Status::Ok();
  }
  InspectRecordingFile(path, inspection);
  return Status::Ok();
}

Status InspectFolder(const fs::path& folder, std::vector<FileInspection>* files) {
  files->clear();
  StudyWalk walk;
  if (Status s = WalkStudy(folder, {}, &walk); !s.ok()) return s;
  for (const std::string& path : walk.files) {
    FileInspection& inspection = files->emplace_back();
    (void)InspectFile(path, &inspection);  // a file that cannot be opened says so itself
  }
  for (const FileVerdict& verdict : walk.passed_over) {
    FileInspection& inspection = files->emplace_back();
    inspection.path = (folder / verdict.file).string();
    inspection.kind = verdict.role;
    inspection.not_read = verdict.detail;
  }
  for (const Problem& problem : walk.problems) {
    FileInspection& inspection = files->emplace_back();
    inspection.path = (folder / problem.file).string();
    inspection.opened = false;
    inspection.kind = "not read";
    inspection.not_read = problem.message;
  }
  std::stable_sort(files->begin(), files->end(),
                   [](const FileInspection& a, const FileInspection& b) { return a.path < b.path; });
  return Status::Ok();
}

}  // namespace tobii::study
