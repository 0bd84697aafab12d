// `tobii-pipeline events FILE`: the events of one recording as CSV on
// standard output (or into --out), with the same analysis options as `run`.

#include <cstdio>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "analysis_options.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "io/recording_format.h"
#include "io/sniff.h"
#include "report/events_csv.h"
#include "study/recording_pass.h"

namespace tobii::app {

namespace {

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

CommandRunner AddEventsCommand(CLI::App* command) {
  auto file = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  command->add_option("file", *file, "a recording (any format `tobii-pipeline inspect` reads)")->required();
  command->add_option("--out", *out, "write the CSV to this file instead of standard output");
  auto settings = std::make_shared<Settings>();
  const auto check_analysis = AddAnalysisOptions(command, settings.get());
  return [file, out, settings, check_analysis] {
    if (Status s = check_analysis(); !s.ok()) {
      PrintError(s.message());
      return kExitUsage;
    }
    std::unique_ptr<io::SampleReader> reader;
    Status status = OpenRecording(*file, *settings, &reader);
    std::string csv = report::EventsCsvHeader();
    if (status.ok()) {
      study::PassCallbacks callbacks;
      callbacks.on_events = [&](std::span<const Event> events) {
        report::AppendEventsCsv(events, &csv);
        // Standard output takes the rows as they come; a file is written whole.
        if (out->empty() && csv.size() > (1 << 16)) {
          std::fwrite(csv.data(), 1, csv.size(), stdout);
          csv.clear();
        }
      };
      RecordingResult result;
      status = study::AnalyseRecording(reader.get(), *settings, callbacks, &result);
    }
    if (status.ok()) {
      status = out->empty() ? (std::fwrite(csv.data(), 1, csv.size(), stdout), Status::Ok())
                            : io::WriteFileAtomically(*out, csv);
    }
    if (!status.ok()) {
      PrintError(status.message());
      return kExitNothingAnalysed;
    }
    return kExitOk;
  };
}

}  // namespace tobii::app
