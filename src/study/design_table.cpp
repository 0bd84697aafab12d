#include "study/design_table.h"

#include <fmt/format.h>

#include <iterator>
#include <span>
#include <string_view>

#include "io/byte_source.h"
#include "io/delimited_text.h"
#include "io/participants.h"

namespace tobii::study {

namespace {

// A design table lists one row per recording: kilobytes. Anything far
// larger is not one.
constexpr std::size_t kMaxDesignTableBytes = std::size_t{64} << 20;

constexpr std::string_view kRecordingKeys[] = {"recording"};
constexpr std::string_view kConditionKeys[] = {"condition"};
constexpr std::string_view kSessionKeys[] = {"session"};

}  // namespace

Status ReadDesignTable(const std::string& path, const std::string& name, DesignTable* table) {
  std::string text;
  if (Status s = io::ReadWholeFile(path, kMaxDesignTableBytes, "design table", &text); !s.ok()) return s;
  std::vector<io::TextRow> rows;
  if (Status s = io::SplitDelimitedText(name, text, io::PickDelimiter(io::FirstLine(text)), &rows); !s.ok())
    return s;
  if (rows.empty()) return Status::Error(name + ":1:1: expected a header row, found an empty file");
  const io::TextRow& header = rows.front();
  const int recording = io::FindHeaderColumn(header.fields, kRecordingKeys);
  const int participant = io::FindHeaderColumn(header.fields, io::kParticipantIdKeys);
  const int condition = io::FindHeaderColumn(header.fields, kConditionKeys);
  const int session = io::FindHeaderColumn(header.fields, kSessionKeys);
  if (recording < 0 || (condition < 0 && session < 0)) {
    return Status::Error(name + ":1:1: expected the columns \"recording\" and \"condition\" or \"session\", found \"" +
                         std::string(io::FirstLine(text)) + "\"");
  }
  table->file = name;
  table->has_condition = condition >= 0;
  table->has_session = session >= 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const io::TextRow& row = rows[r];
    if (row.IsBlank()) continue;
    const auto field = [&](int column) {
      return column >= 0 && column < static_cast<int>(row.fields.size()) ? row.fields[column] : "";
    };
    const auto where = [&](std::size_t column) { return io::WhereIn(name, row, column); };
    if (Status s = io::CheckRowWidth(name, header, row); !s.ok()) return s;
    DesignRow entry;
    entry.recording = field(recording);
    if (entry.recording.empty()) {
      return Status::Error(where(static_cast<std::size_t>(recording)) +
                           ": expected a recording name, found an empty field");
    }
    entry.participant_id = field(participant);
    entry.condition = field(condition);
    entry.session = field(session);
    entry.where = fmt::format("{}:{}", name, row.line);
    table->rows.push_back(std::move(entry));
  }
  return Status::Ok();
}

}  // namespace tobii::study
