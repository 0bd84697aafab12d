#include "study/sync_table.h"

#include <fmt/format.h>

#include <cmath>
#include <string_view>

#include "io/byte_source.h"
#include "io/column_name.h"
#include "io/delimited_text.h"
#include "io/number_parser.h"

namespace tobii::study {

namespace {

// A sync table lists one row per recording: kilobytes. Anything far larger
// is not one.
constexpr std::size_t kMaxSyncTableBytes = std::size_t{64} << 20;

int FindColumn(const io::TextRow& header, std::string_view key) {
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    if (io::ParseColumnName(header.fields[i]).base_key == key) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

Status ReadSyncTable(const std::string& path, const std::string& name, std::vector<SyncEntry>* entries) {
  std::string text;
  if (Status s = io::ReadWholeFile(path, kMaxSyncTableBytes, "sync table", &text); !s.ok()) return s;
  std::vector<io::TextRow> rows;
  if (Status s = io::SplitDelimitedText(name, text, io::PickDelimiter(io::FirstLine(text)), &rows); !s.ok())
    return s;
  if (rows.empty()) return Status::Error(name + ":1:1: expected a header row, found an empty file");
  const io::TextRow& header = rows.front();
  const int recording = FindColumn(header, "recording");
  const int offset = FindColumn(header, "offset_s");
  const int participant = FindColumn(header, "participant_id");
  const int drift = FindColumn(header, "drift_ppm");
  if (recording < 0 || offset < 0) {
    return Status::Error(name + ":1:1: expected the columns \"recording\" and \"offset_s\", found \"" +
                         std::string(io::FirstLine(text)) + "\"");
  }
  io::NumberParser numbers;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const io::TextRow& row = rows[r];
    if (row.IsBlank()) continue;
    const auto field = [&](int column) {
      return column < static_cast<int>(row.fields.size()) ? row.fields[column] : "";
    };
    const auto where = [&](int column) {
      const io::TextPosition at = column < static_cast<int>(row.positions.size())
                                      ? row.positions[column]
                                      : io::TextPosition{row.line, 1};
      return fmt::format("{}:{}:{}", name, at.line, at.column);
    };
    const auto number = [&](int column, const char* what, double* value) -> Status {
      if (numbers.ParseDouble(field(column), value) && std::isfinite(*value)) return Status::Ok();
      return Status::Error(fmt::format("{}: expected {}, found \"{}\"", where(column), what, field(column)));
    };
    SyncEntry entry;
    entry.recording = field(recording);
    if (entry.recording.empty()) {
      return Status::Error(where(recording) + ": expected a recording name, found an empty field");
    }
    if (participant >= 0) entry.participant_id = field(participant);
    if (Status s = number(offset, "an offset in seconds", &entry.clock.offset_s); !s.ok()) return s;
    if (drift >= 0 && !field(drift).empty()) {
      if (Status s = number(drift, "a drift in parts per million", &entry.clock.drift_ppm); !s.ok()) return s;
    }
    entry.where = fmt::format("{}:{}", name, row.line);
    entries->push_back(std::move(entry));
  }
  return Status::Ok();
}

}  // namespace tobii::study
