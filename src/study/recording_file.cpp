// One recording file analysed on its own (tobii/recording.h): the reader
// chosen by the file's content, then the pass every recording of a study
// goes through.

#include <memory>
#include <vector>

#include "tobii/atomic_file.h"
#include "io/recording_format.h"
#include "io/sniff.h"
#include "report/events_csv.h"
#include "study/recording_pass.h"
#include "tobii/recording.h"

namespace tobii {

namespace {

// Standard output takes the rows as they come, in pieces of about this size.
constexpr std::size_t kStreamPieceBytes = 1 << 16;

// The reader of a file, by its content.
Status OpenRecording(const std::string& path, const Settings& settings, std::unique_ptr<io::SampleReader>* reader) {
  io::Sniffed sniffed;
  if (Status s = io::SniffFile(path, &sniffed); !s.ok()) return s;
  if (sniffed.kind != io::FileKind::kRecording) {
    return Status::Error(path + ": not a recording tobii-pipeline reads: " +
                         (sniffed.what.empty() ? std::string("a table of another kind") : sniffed.what));
  }
  // An export of several recordings: their events belong in files of their
  // own, which `run --write-events` writes.
  std::unique_ptr<io::SampleReader> scanner;
  std::vector<io::RecordingSelector> parts;
  if (Status s = io::OpenSampleReader(sniffed.format, path, {}, &scanner); !s.ok()) return s;
  if (scanner->Open().ok() && scanner->ListRecordings(&parts).ok() && parts.size() > 1) {
    std::string names;
    for (const io::RecordingSelector& part : parts) {
      names += (names.empty() ? "" : ", ") + part.participant + "/" + part.recording;
    }
    return Status::Error(path + ": holds " + std::to_string(parts.size()) + " recordings (" + names +
                         "): `events` reads a file of one; `run --write-events` writes each one's events");
  }
  io::ReaderOptions options;
  options.screen = settings.screen;
  options.max_samples = settings.max_samples;
  return io::OpenSampleReader(sniffed.format, path, options, reader);
}

}  // namespace

Status AnalyseRecordingFile(const std::string& path, const Settings& settings,
                            const std::function<void(std::span<const Event>)>& on_events, RecordingResult* result) {
  std::unique_ptr<io::SampleReader> reader;
  if (Status s = OpenRecording(path, settings, &reader); !s.ok()) return s;
  study::PassCallbacks callbacks;
  callbacks.on_events = on_events;
  return study::AnalyseRecording(reader.get(), settings, callbacks, result);
}

namespace {

// Analyses the file, appending its events to *csv as rows named as the file
// names its recording (its file name where it does not say), and calling
// `after_rows` after each batch.
Status AppendRecordingEvents(const std::string& path, const Settings& settings, std::string* csv,
                             const std::function<void()>& after_rows) {
  std::unique_ptr<io::SampleReader> reader;
  if (Status s = OpenRecording(path, settings, &reader); !s.ok()) return s;
  const std::string file_name = std::filesystem::path(path).stem().string();
  study::PassCallbacks callbacks;
  callbacks.on_events = [&](std::span<const Event> events) {
    const io::RecordingInfo& info = reader->info();  // the reader is open once events arrive
    report::AppendEventsCsv(info.participant.empty() ? file_name : info.participant,
                            info.recording.empty() ? file_name : info.recording, events, csv);
    after_rows();
  };
  RecordingResult result;
  return study::AnalyseRecording(reader.get(), settings, callbacks, &result);
}

}  // namespace

Status StreamEventsCsv(const std::string& path, const Settings& settings,
                       const std::function<void(std::string_view csv)>& write) {
  std::string csv = report::EventsCsvHeader();
  Status status = AppendRecordingEvents(path, settings, &csv, [&] {
    if (csv.size() > kStreamPieceBytes) {
      write(csv);
      csv.clear();
    }
  });
  if (status.ok()) write(csv);
  return status;
}

Status WriteEventsCsv(const std::string& path, const Settings& settings, const std::filesystem::path& out) {
  std::string csv = report::EventsCsvHeader();
  if (Status s = AppendRecordingEvents(path, settings, &csv, [] {}); !s.ok()) return s;
  return io::WriteFileAtomically(out, csv);
}

}  // namespace tobii
