#include "targets.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "aoi/aoi_file.h"
#include "boris/export_reader.h"
#include "boris/project_reader.h"
#include "io/delimited_text.h"
#include "io/number_parser.h"
#include "io/recording_format.h"
#include "io/sniff.h"
#include "io/text_source.h"

namespace tobii::fuzz {

namespace {

// A fuzz input inflates no further than this: beyond it a gzip bomb's
// time, not its bytes, would be tested.
constexpr std::uint64_t kMaxInflatedBytes = 16 << 20;
// Small buffers and chunks, so that refills and chunk boundaries fall
// everywhere.
constexpr std::size_t kBufferBytes = 512;
constexpr std::size_t kChunkSamples = 7;

// A broken promise: abort, so that the fuzzer reports it.
void Require(bool promise, const char* what) {
  if (promise) return;
  std::fprintf(stderr, "broken promise: %s\n", what);
  std::abort();
}

std::unique_ptr<io::ByteSource> Text(std::string_view data) {
  std::unique_ptr<io::ByteSource> text;
  io::TextForm form;
  io::TextOptions options;
  options.max_inflated_bytes = kMaxInflatedBytes;
  if (!io::OpenText(io::StringSource("fuzz", std::string(data)), &text, &form, options).ok()) return nullptr;
  return text;
}

void ReadRecording(io::RecordingFormat format, std::string_view data) {
  io::ReaderOptions options;
  options.buffer_bytes = kBufferBytes;
  options.chunk_samples = kChunkSamples;
  std::unique_ptr<io::ByteSource> text = Text(data);
  if (text == nullptr) return;
  std::unique_ptr<io::SampleReader> reader = io::MakeSampleReader(format, std::move(text), options);
  if (!reader->Open().ok()) return;
  reader->columns();
  SampleChunk chunk;
  std::int64_t previous_us = INT64_MIN, samples = 0;
  Status status;
  while ((status = reader->Next(&chunk)).ok() && !chunk.empty()) {
    Require(chunk.samples.size() <= kChunkSamples, "a chunk holds at most chunk_samples samples");
    for (const Sample& sample : chunk.samples) {
      Require(sample.time_us >= previous_us, "samples come in time order");
      previous_us = sample.time_us;
    }
    samples += static_cast<std::int64_t>(chunk.samples.size());
  }
  // (A failed Next() may have read samples it did not hand out.)
  Require(!status.ok() || reader->samples_read() == samples, "samples_read() counts the samples handed out");
  Require(reader->damage().Summaries().size() <= static_cast<std::size_t>(io::kDamageKinds),
          "one summary per kind of damage at most");
  Require(reader->damage().total() <= io::kMinDamagedRowsToFail ||
              reader->damage().CheckTolerable(reader->rows_read()).ok() ==
                  (reader->damage().total() <= io::kMaxDamagedFraction * static_cast<double>(reader->rows_read())),
          "a recording fails exactly past the damage limits");

  // The same bytes scanned for the recordings they hold, then each read.
  std::unique_ptr<io::SampleReader> scanner = io::MakeSampleReader(format, Text(data), options);
  std::vector<io::RecordingSelector> parts;
  if (!scanner->Open().ok() || !scanner->ListRecordings(&parts).ok()) return;
  for (const io::RecordingSelector& part : parts) {
    Require(part.first_byte <= part.end_byte || part.end_byte == 0, "a recording's rows start before they end");
    io::ReaderOptions one = options;
    one.select = part;
    std::unique_ptr<io::SampleReader> selected = io::MakeSampleReader(format, Text(data), one);
    if (!selected->Open().ok()) continue;
    while (selected->Next(&chunk).ok() && !chunk.empty()) {
    }
  }
}

}  // namespace

void FuzzSniff(std::string_view data) {
  io::SniffPrefix(data.substr(0, io::kSniffBytes), data.size() <= io::kSniffBytes);
  const std::string_view first_line = data.substr(0, data.find('\n'));
  io::SniffHeaderLine(first_line);
  io::LooksLikeBorisProject(data);
}

void FuzzTextSource(std::string_view data) {
  std::unique_ptr<io::ByteSource> text = Text(data);
  if (text == nullptr) return;
  char buffer[333];
  std::size_t count = 0;
  std::uint64_t total = 0;
  while (text->Read(buffer, sizeof buffer, &count).ok() && count > 0) {
    total += count;
    Require(total <= kMaxInflatedBytes + sizeof buffer, "text inflates no further than its cap");
  }
  std::string why;
  text->ended_early(&why);
}

void FuzzProLab(std::string_view data) { ReadRecording(io::RecordingFormat::kProLab, data); }
void FuzzStudio(std::string_view data) { ReadRecording(io::RecordingFormat::kTobiiStudio, data); }
void FuzzGlasses3(std::string_view data) { ReadRecording(io::RecordingFormat::kGlasses3, data); }
void FuzzGlasses2(std::string_view data) { ReadRecording(io::RecordingFormat::kGlasses2, data); }
void FuzzProSdk(std::string_view data) { ReadRecording(io::RecordingFormat::kProSdk, data); }

void FuzzBorisExport(std::string_view data) {
  boris::Annotations out;
  const Status read = boris::ReadBorisExport("fuzz.tsv", std::string(data), &out);
  Require(read.ok() || out.observations.empty(), "a file that fails to read gives no observation");
}

void FuzzBorisProject(std::string_view data) {
  boris::Annotations out;
  const Status read = boris::ReadBorisProject("fuzz.boris", std::string(data), &out);
  Require(read.ok() || out.observations.empty(), "a file that fails to read gives no observation");
}

void FuzzDelimitedText(std::string_view data) {
  std::vector<io::TextRow> rows;
  if (!io::SplitDelimitedText("fuzz.csv", data, io::PickDelimiter(io::FirstLine(data)), &rows).ok()) return;
  for (const io::TextRow& row : rows) Require(row.fields.size() == row.positions.size(), "every field has its position");
}

void FuzzNumberParser(std::string_view data) {
  io::NumberParser parser;
  double value = 0;
  for (std::size_t start = 0; start < data.size();) {
    const std::size_t end = std::min(data.find('\t', start), data.size());
    parser.ParseDouble(data.substr(start, end - start), &value);
    start = end + 1;
  }
}

void FuzzAoiFile(std::string_view data) {
  // The same bytes as TOML and as a table: an AOI read is usable.
  for (const bool toml : {true, false}) {
    aoi::AoiSet set;
    const Status s = toml ? aoi::ParseAoiToml(data, "aois.toml", &set) : aoi::ParseAoiTable(data, "aois.csv", &set);
    if (!s.ok()) continue;
    for (const aoi::AoiDefinition& a : set.aois) {
      Require(!a.name.empty(), "an AOI has a name");
      Require(a.shape != aoi::Shape::kPolygon || a.points.size() >= 3, "a polygon has three points");
      for (const aoi::Point& p : a.points) {
        Require(std::isfinite(p.x) && std::isfinite(p.y), "points are finite");
        aoi::Contains(a, p.x, p.y, set.PlacementOf(a.stimulus));
      }
    }
  }
}

std::span<const NamedTarget> AllTargets() {
  static constexpr NamedTarget kTargets[] = {
      {"sniff", FuzzSniff},
      {"text_source", FuzzTextSource},
      {"pro_lab", FuzzProLab},
      {"studio", FuzzStudio},
      {"glasses3", FuzzGlasses3},
      {"glasses2", FuzzGlasses2},
      {"pro_sdk", FuzzProSdk},
      {"boris_export", FuzzBorisExport},
      {"boris_project", FuzzBorisProject},
      {"delimited_text", FuzzDelimitedText},
      {"number_parser", FuzzNumberParser},
      {"aoi_file", FuzzAoiFile},
  };
  return kTargets;
}

}  // namespace tobii::fuzz
