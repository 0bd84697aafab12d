#include "boris/export_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "boris/pairing.h"
#include "io/delimited_text.h"
#include "io/number_parser.h"
#include "util/text.h"

namespace tobii::boris {

namespace {

using io::TextPosition;
using io::TextRow;

constexpr std::string_view kExpected =
    "expected a BORIS events export (tabular or aggregated events, TSV or CSV)";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A header cell as compared: trimmed, ASCII lower case.
std::string Key(std::string_view cell) {
  std::string key;
  for (char c : Trim(cell)) key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return key;
}

// "a", "b", "c", ... (N columns)
std::string Listed(const std::vector<std::string>& cells) {
  constexpr std::size_t kMaxListed = 5;
  std::string out;
  for (std::size_t i = 0; i < cells.size() && i < kMaxListed; ++i)
    out += (i > 0 ? ", " : "") + util::QuotedFound(cells[i]);
  if (cells.size() > kMaxListed) out += fmt::format(", ... ({} columns)", cells.size());
  return out;
}

bool IsMissing(std::string_view cell) { return cell.empty() || cell == "NA"; }

std::string Subject(std::string_view cell) {
  return IsMissing(cell) || cell == "No focal subject" ? std::string(kNoFocalSubject) : std::string(cell);
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `[-]H:MM:SS[.mmm]`, hours of any number of digits.
bool ParseClock(std::string_view text, double* seconds) {
  const bool negative = text.starts_with('-');
  if (negative) text.remove_prefix(1);
  const std::size_t first = text.find(':');
  const std::size_t second = first == std::string_view::npos ? first : text.find(':', first + 1);
  if (second == std::string_view::npos || text.find(':', second + 1) != std::string_view::npos) return false;
  const std::string_view hours = text.substr(0, first);
  const std::string_view minutes = text.substr(first + 1, second - first - 1);
  const std::string_view secs = text.substr(second + 1);
  if (!IsDigits(hours) || !IsDigits(minutes) || minutes.size() > 2 || secs.empty() || secs.front() == '-' ||
      secs.front() == '+') {
    return false;
  }
  io::NumberParser parser;
  double s = 0, h = 0, m = 0;
  if (!parser.ParseDouble(secs, &s) || !std::isfinite(s) || s >= 60) return false;
  if (!io::NumberParser().ParseDouble(hours, &h) || !io::NumberParser().ParseDouble(minutes, &m) || m >= 60) {
    return false;
  }
  *seconds = (negative ? -1 : 1) * (h * 3600 + m * 60 + s);
  return true;
}

bool IsNumber(std::string_view cell) {
  double value = 0;
  return io::NumberParser().ParseDouble(Trim(cell), &value);
}

// The header of a table: columns by name (the first of each name), the
// modifier columns in their order, the independent variables.
class Columns {
 public:
  explicit Columns(const TextRow& header) : header_(&header) {
    for (std::size_t i = 0; i < header.fields.size(); ++i)
      by_key_.try_emplace(Key(header.fields[i]), static_cast<int>(i));
    std::vector<std::pair<int, int>> numbered;  // (n, column)
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      const std::string key = Key(header.fields[i]);
      if (!key.starts_with("modifier") || key == "modifiers") continue;
      std::string_view rest = Trim(std::string_view(key).substr(8));
      if (rest.starts_with('#')) rest.remove_prefix(1);
      int n = 0;
      if (IsDigits(rest) && std::from_chars(rest.data(), rest.data() + rest.size(), n).ec == std::errc()) {
        numbered.emplace_back(n, static_cast<int>(i));
      }
    }
    std::sort(numbered.begin(), numbered.end());
    for (const auto& [n, column] : numbered) modifier_columns_.push_back(column);
  }

  int Find(std::string_view name) const {
    const auto it = by_key_.find(Key(name));
    return it == by_key_.end() ? -1 : it->second;
  }
  bool Has(std::string_view name) const { return Find(name) >= 0; }
  const std::vector<int>& modifier_columns() const { return modifier_columns_; }
  const TextRow& header() const { return *header_; }

  // Columns before `Subject` that are not BORIS's own (or repeat one of its
  // names): the project's independent variables.
  std::vector<int> IndependentVariables() const {
    static const char* const kStandard[] = {"observation id",       "observation date",   "description",
                                            "observation duration", "observation type",   "source",
                                            "time offset (s)",      "media duration (s)", "fps",
                                            "fps (frame/s)",        "media file",         "total length",
                                            "total duration",       "coding duration"};
    std::vector<int> columns;
    std::vector<std::string> seen;
    const int subject = Find("Subject");
    for (int i = 0; i < subject; ++i) {
      const std::string key = Key(header_->fields[static_cast<std::size_t>(i)]);
      const bool standard = std::find(std::begin(kStandard), std::end(kStandard), key) != std::end(kStandard);
      if (standard && std::find(seen.begin(), seen.end(), key) == seen.end()) {
        seen.push_back(key);
      } else {
        columns.push_back(i);
      }
    }
    return columns;
  }

 private:
  const TextRow* header_;
  std::map<std::string, int, std::less<>> by_key_;
  std::vector<int> modifier_columns_;
};

const std::string& Cell(const TextRow& row, int column) {
  static const std::string kEmpty;
  return column >= 0 && static_cast<std::size_t>(column) < row.fields.size()
             ? row.fields[static_cast<std::size_t>(column)]
             : kEmpty;
}

TextPosition PositionOf(const TextRow& row, int column) {
  if (column >= 0 && static_cast<std::size_t>(column) < row.positions.size()) {
    return row.positions[static_cast<std::size_t>(column)];
  }
  return row.positions.empty() ? TextPosition{row.line, 1} : row.positions.back();
}

// The sets of a modifier string from its columns, joined by '|' as BORIS
// stores them; BORIS pads every event to the most sets in the export with
// empty cells, which are dropped from the end.
std::string JoinModifiers(const TextRow& row, const std::vector<int>& columns) {
  std::size_t used = columns.size();
  while (used > 0 && Cell(row, columns[used - 1]).empty()) --used;
  std::string joined;
  for (std::size_t i = 0; i < used; ++i) {
    if (i > 0) joined.push_back('|');
    joined += Cell(row, columns[i]);
  }
  return joined;
}

// Player 1's queue from `Source`: `player #1:a.mp4;b.mp4|player #2:c.mp4`
// (8.9.11+), `player #1: a.mp4; b.mp4; ` (8.6.8-8.9.4), or `a.mp4;b.mp4`
// (8.9.4-8.9.10, one player).
std::vector<std::string> PlayerOneMedia(std::string_view source) {
  std::vector<std::string> files;
  if (IsMissing(source)) return files;
  constexpr std::string_view kPlayer = "player #";
  std::string_view queue = source;
  if (const std::size_t at = source.find(kPlayer); at != std::string_view::npos) {
    const std::size_t one = source.find("player #1:");
    if (one == std::string_view::npos) return files;
    queue = source.substr(one + kPlayer.size() + 2);
    const std::size_t next_player = queue.find(kPlayer);
    const std::size_t bar = queue.find('|');
    queue = queue.substr(0, std::min(next_player, bar));
  }
  while (!queue.empty()) {
    const std::size_t semicolon = queue.find(';');
    const std::string_view file = Trim(queue.substr(0, semicolon));
    if (!file.empty()) files.emplace_back(file);
    if (semicolon == std::string_view::npos) break;
    queue.remove_prefix(semicolon + 1);
  }
  return files;
}

std::string Describe(const std::string& behavior, const std::string& subject, const std::string& modifiers) {
  std::string what = fmt::format("\"{}\"", behavior);
  if (!subject.empty()) what += fmt::format(" of \"{}\"", subject);
  if (!modifiers.empty()) what += fmt::format(" with modifiers \"{}\"", modifiers);
  return what;
}

class ExportReader {
 public:
  ExportReader(const std::string& path, Annotations* out) : path_(path), out_(out) {}

  Status Read(const std::string& text);

 private:
  Status ReadLayoutA(std::size_t table_row);
  Status ReadLayoutB();
  // One tabular row as an event; *event is left empty for a row skipped
  // with a warning. `status_header` names the START/STOP/POINT column.
  Status EventOf(const TextRow& row, const Columns& columns, const char* status_header,
                 std::optional<CodedEvent>* event);
  Status ReadAggregated();

  Status Require(const Columns& columns, std::initializer_list<std::string_view> names,
                 std::string_view what) const;
  Status NotAnExport(std::string_view what) const {
    return Status::Error(fmt::format("{}:1:1: {}, found {}", path_, kExpected, what));
  }
  Status Expected(TextPosition at, std::string_view what, std::string_view found) const {
    return Status::Error(
        fmt::format("{}:{}:{}: expected {}, found {}", path_, at.line, at.column, what, found));
  }
  void Warn(TextPosition at, const std::string& message) {
    out_->problems.push_back({path_, Severity::kWarning, Stage::kBoris,
                              fmt::format("{}:{}:{}: {}", path_, at.line, at.column, message)});
  }

  // A time cell: *time is set and true returned when it holds one, false when
  // it is missing (NA or empty); an error when it is something else.
  Status Time(const TextRow& row, int column, std::string_view column_name, std::optional<double>* time);
  Status Offset(const TextRow& row, int column, double* offset_s);
  // The observation a row of a flat export belongs to, created from the row's
  // metadata when first met; nullptr (and a warning) for a row without id.
  Status ObservationOf(const TextRow& row, const Columns& columns, Observation** observation);
  // The START/STOP/POINT or STATE/POINT cell; false (and a warning) otherwise.
  bool Kind(const TextRow& row, int column, std::initializer_list<std::string_view> accepted,
            std::string* kind);
  // The behaviour code; false (and a warning) when empty.
  bool Behavior(const TextRow& row, int column, std::string* behavior);

  const std::string& path_;
  Annotations* out_;
  std::vector<TextRow> rows_;
  io::NumberParser numbers_;
  std::map<std::string, std::size_t, std::less<>> observation_index_;
};

Status ExportReader::Require(const Columns& columns, std::initializer_list<std::string_view> names,
                             std::string_view what) const {
  for (std::string_view name : names) {
    if (!columns.Has(name)) {
      return Expected({columns.header().line, 1}, fmt::format("a column \"{}\" in {}", name, what),
                      "the columns " + Listed(columns.header().fields));
    }
  }
  return Status::Ok();
}

Status ExportReader::Time(const TextRow& row, int column, std::string_view column_name,
                          std::optional<double>* time) {
  time->reset();
  const std::string_view cell = Trim(Cell(row, column));
  if (IsMissing(cell)) return Status::Ok();
  double value = 0;
  const bool ok = cell.find(':') != std::string_view::npos
                      ? ParseClock(cell, &value)
                      : numbers_.ParseDouble(cell, &value) && std::isfinite(value);
  if (!ok) {
    return Expected(PositionOf(row, column),
                    fmt::format("a time in seconds or HH:MM:SS.mmm in \"{}\"", column_name), util::QuotedFound(cell));
  }
  *time = value;
  return Status::Ok();
}

Status ExportReader::Offset(const TextRow& row, int column, double* offset_s) {
  std::optional<double> offset;
  if (Status s = Time(row, column, "Time offset (s)", &offset); !s.ok()) return s;
  if (offset) *offset_s = *offset;
  return Status::Ok();
}

bool ExportReader::Kind(const TextRow& row, int column, std::initializer_list<std::string_view> accepted,
                        std::string* kind) {
  const std::string_view cell = Trim(Cell(row, column));
  for (std::string_view a : accepted) {
    if (cell == a) {
      *kind = std::string(a);
      return true;
    }
  }
  std::string names;
  for (std::string_view a : accepted) names += (names.empty() ? "" : " or ") + std::string(a);
  Warn(PositionOf(row, column),
       fmt::format("expected {} in \"Behavior type\", found {}: row skipped", names, util::QuotedFound(cell)));
  return false;
}

bool ExportReader::Behavior(const TextRow& row, int column, std::string* behavior) {
  *behavior = Cell(row, column);
  if (!IsMissing(*behavior)) return true;
  Warn(PositionOf(row, column),
       "expected a behaviour code in \"Behavior\", found an empty field: row skipped");
  return false;
}

Status ExportReader::ObservationOf(const TextRow& row, const Columns& columns, Observation** observation) {
  *observation = nullptr;
  const int id_column = columns.Find("Observation id");
  const std::string& id = Cell(row, id_column);
  if (id.empty()) {
    Warn(PositionOf(row, id_column), "expected an observation id, found an empty field: row skipped");
    return Status::Ok();
  }
  if (const auto it = observation_index_.find(id); it != observation_index_.end()) {
    *observation = &out_->observations[it->second];
    return Status::Ok();
  }
  Observation o;
  o.id = id;
  o.date = Cell(row, columns.Find("Observation date"));
  const std::string type = Key(Cell(row, columns.Find("Observation type")));
  const bool has_media = type.find("live") == std::string::npos && type.find("image") == std::string::npos &&
                         type.find("picture") == std::string::npos;
  if (has_media && columns.Has("Source")) o.media_files = PlayerOneMedia(Cell(row, columns.Find("Source")));
  if (Status s = Offset(row, columns.Find("Time offset (s)"), &o.time_offset_s); !s.ok()) return s;
  for (int column : columns.IndependentVariables()) {
    o.independent_variables.emplace_back(
        std::string(Trim(columns.header().fields[static_cast<std::size_t>(column)])), Cell(row, column));
  }
  observation_index_.emplace(id, out_->observations.size());
  out_->observations.push_back(std::move(o));
  *observation = &out_->observations.back();
  return Status::Ok();
}

Status ExportReader::ReadLayoutA(std::size_t table_row) {
  out_->format = "BORIS tabular events (<= 8.9)";
  Observation o;
  bool has_id = false, in_variables = false;
  for (std::size_t r = 0; r < table_row; ++r) {
    const TextRow& row = rows_[r];
    if (row.IsBlank()) {
      in_variables = false;
      continue;
    }
    const std::string key(Trim(row.fields[0]));
    const std::string& value = Cell(row, 1);
    if (in_variables) {
      if (!(key == "variable" && value == "value")) o.independent_variables.emplace_back(key, value);
    } else if (key == "Observation id") {
      o.id = value;
      has_id = true;
    } else if (key == "Observation date") {
      o.date = value;
    } else if (key == "Time offset (s)") {
      if (Status s = Offset(row, 1, &o.time_offset_s); !s.ok()) return s;
    } else if (key == "independent variables") {
      in_variables = true;
    } else if (key == "Player #1" && !value.empty()) {
      o.media_files.push_back(value);
    }
  }
  if (!has_id) {
    return Expected({rows_[0].line, 1},
                    "\"Observation id\" in the metadata block above the \"Time ... Status\" table",
                    util::QuotedFound(rows_[0].fields[0]));
  }

  const Columns columns(rows_[table_row]);
  if (Status s = Require(columns, {"Time", "Subject", "Behavior", "Status"}, "BORIS tabular events"); !s.ok())
    return s;
  std::vector<CodedEvent> events;
  for (std::size_t r = table_row + 1; r < rows_.size(); ++r) {
    const TextRow& row = rows_[r];
    if (row.IsBlank()) continue;
    std::optional<CodedEvent> e;
    if (Status s = EventOf(row, columns, "Status", &e); !s.ok()) return s;
    if (e) events.push_back(std::move(*e));
  }
  PairEvents(path_, o.id, std::move(events), &o.bouts, &out_->problems);
  out_->observations.push_back(std::move(o));
  return Status::Ok();
}

Status ExportReader::EventOf(const TextRow& row, const Columns& columns, const char* status_header,
                             std::optional<CodedEvent>* event) {
  event->reset();
  std::string kind;
  if (!Kind(row, columns.Find(status_header), {"START", "STOP", "POINT"}, &kind)) return Status::Ok();
  CodedEvent e;
  if (!Behavior(row, columns.Find("Behavior"), &e.behavior)) return Status::Ok();
  const int time_column = columns.Find("Time");
  std::optional<double> time;
  if (Status s = Time(row, time_column, "Time", &time); !s.ok()) return s;
  if (!time) {
    Warn(PositionOf(row, time_column),
         fmt::format("expected a time in \"Time\", found {}: row skipped", util::QuotedFound(Cell(row, time_column))));
    return Status::Ok();
  }
  e.time_s = *time;
  e.subject = Subject(Cell(row, columns.Find("Subject")));
  e.modifiers = JoinModifiers(row, columns.modifier_columns());
  e.status = kind == "START" ? EventStatus::kStart : kind == "STOP" ? EventStatus::kStop : EventStatus::kPoint;
  e.comment = Cell(row, columns.Find("Comment"));
  e.line = static_cast<int>(row.line);
  *event = std::move(e);
  return Status::Ok();
}

Status ExportReader::ReadLayoutB() {
  out_->format = "BORIS tabular events (>= 8.9.4)";
  const Columns columns(rows_[0]);
  if (Status s = Require(columns, {"Observation id", "Subject", "Behavior", "Behavior type", "Time"},
                         "BORIS tabular events");
      !s.ok()) {
    return s;
  }
  std::vector<std::vector<CodedEvent>> events;  // by observation
  for (std::size_t r = 1; r < rows_.size(); ++r) {
    const TextRow& row = rows_[r];
    if (row.IsBlank()) continue;
    Observation* o = nullptr;
    if (Status s = ObservationOf(row, columns, &o); !s.ok()) return s;
    if (o == nullptr) continue;
    std::optional<CodedEvent> e;
    if (Status s = EventOf(row, columns, "Behavior type", &e); !s.ok()) return s;
    if (!e) continue;
    const std::size_t index = static_cast<std::size_t>(o - out_->observations.data());
    if (events.size() <= index) events.resize(index + 1);
    events[index].push_back(std::move(*e));
  }
  for (std::size_t i = 0; i < events.size(); ++i) {
    PairEvents(path_, out_->observations[i].id, std::move(events[i]), &out_->observations[i].bouts, &out_->problems);
  }
  return Status::Ok();
}

Status ExportReader::ReadAggregated() {
  const Columns columns(rows_[0]);
  const bool old_columns = columns.Has("Modifiers") || columns.Has("Media file");
  const bool new_columns = !columns.modifier_columns().empty() || columns.Has("Media duration (s)");
  out_->format = old_columns   ? "BORIS aggregated events (<= 8.9)"
                 : new_columns ? "BORIS aggregated events (>= 8.9.4)"
                               : "BORIS aggregated events";
  if (Status s = Require(columns,
                         {"Observation id", "Subject", "Behavior", "Behavior type", "Start (s)", "Stop (s)"},
                         "BORIS aggregated events");
      !s.ok()) {
    return s;
  }
  const int start_column = columns.Find("Start (s)"), stop_column = columns.Find("Stop (s)"),
            subject_column = columns.Find("Subject"), behavior_column = columns.Find("Behavior"),
            type_column = columns.Find("Behavior type"), comment_column = columns.Find("Comment start"),
            modifiers_column = columns.Find("Modifiers"), media_column = columns.Find("Media file");
  const bool media_by_row = media_column >= 0 && !columns.Has("Source");  // 7.x: the file of each bout
  for (std::size_t r = 1; r < rows_.size(); ++r) {
    const TextRow& row = rows_[r];
    if (row.IsBlank()) continue;
    Observation* o = nullptr;
    if (Status s = ObservationOf(row, columns, &o); !s.ok()) return s;
    if (o == nullptr) continue;
    if (media_by_row) {
      const std::string& file = Cell(row, media_column);
      if (!IsMissing(file) && file != "LIVE" &&
          std::find(o->media_files.begin(), o->media_files.end(), file) == o->media_files.end()) {
        o->media_files.push_back(file);
      }
    }
    std::string kind;
    if (!Kind(row, type_column, {"STATE", "POINT"}, &kind)) continue;
    Bout b;
    if (!Behavior(row, behavior_column, &b.behavior)) continue;
    b.subject = Subject(Cell(row, subject_column));
    b.modifiers =
        modifiers_column >= 0 ? Cell(row, modifiers_column) : JoinModifiers(row, columns.modifier_columns());
    b.kind = kind == "STATE" ? BoutKind::kState : BoutKind::kPoint;
    b.comment = Cell(row, comment_column);
    std::optional<double> start, stop;
    if (Status s = Time(row, start_column, "Start (s)", &start); !s.ok()) return s;
    if (Status s = Time(row, stop_column, "Stop (s)", &stop); !s.ok()) return s;
    if (!start || (b.kind == BoutKind::kState && !stop)) {
      const int missing = !start ? start_column : stop_column;
      Warn(PositionOf(row, missing),
           fmt::format("expected a time in \"{}\", found {}: row skipped", !start ? "Start (s)" : "Stop (s)",
                       util::QuotedFound(Cell(row, missing))));
      continue;
    }
    b.start_s = *start;
    b.stop_s = b.kind == BoutKind::kState ? *stop : *start;
    if (b.kind == BoutKind::kState && b.stop_s <= b.start_s) {
      const std::string what = Describe(b.behavior, b.subject, b.modifiers);
      Warn(PositionOf(row, stop_column),
           b.stop_s == b.start_s
               ? fmt::format("{} starts and stops at {:.3f} s: a zero-length state, ignored", what, b.start_s)
               : fmt::format("{} stops at {:.3f} s before it starts at {:.3f} s: ignored", what, b.stop_s,
                             b.start_s));
      continue;
    }
    o->bouts.push_back(std::move(b));
  }
  for (Observation& o : out_->observations) {
    std::stable_sort(o.bouts.begin(), o.bouts.end(),
                     [](const Bout& a, const Bout& b) { return a.start_s < b.start_s; });
  }
  return Status::Ok();
}

// What a text that is no events export looks like, judged from its rows;
// empty when nothing fits.
std::string DescribeOther(const std::vector<TextRow>& rows, const Columns& columns) {
  const TextRow& header = rows[0];
  if (columns.Has("Media files/Live observation") ||
      (columns.Has("Observation id") && columns.Has("Subjects"))) {
    return "a BORIS observations list (one row per observation, no events)";
  }
  if (Trim(header.fields[0]) == "time" && header.fields.size() >= 2) {
    return "a BORIS behavior binary table (a 0/1 column per behaviour at fixed time steps); "
           "export the events (tabular or aggregated) instead";
  }
  const auto is_status = [](const std::string& cell) {
    const std::string_view c = Trim(cell);
    return c == "START" || c == "STOP" || c == "POINT" || c == "STATE";
  };
  if (std::any_of(header.fields.begin(), header.fields.end(), is_status)) {
    if (IsNumber(header.fields[0]) && header.fields.size() <= 3) {
      return fmt::format(
          "rows of time, behaviour and START/STOP without a header ({}): an old BORIS App observation "
          "file, not a BORIS events export",
          Listed(header.fields));
    }
    return fmt::format(
        "event rows without a header row ({}), like old BORIS fragments; export the events again "
        "from BORIS, whose exports begin with a header",
        Listed(header.fields));
  }
  if (rows.size() >= 2 && std::none_of(header.fields.begin(), header.fields.end(), IsNumber) &&
      std::all_of(rows[1].fields.begin(), rows[1].fields.end(), IsNumber)) {
    return fmt::format(
        "a table of numbers with the columns {} (an external data file, such as BORIS plots beside "
        "the video?), not coded events",
        Listed(header.fields));
  }
  return {};
}

Status ExportReader::Read(const std::string& text) {
  *out_ = Annotations{};
  out_->file = path_;
  const std::string_view bytes = text;
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return NotAnExport("an Excel/ODS export; export the events from BORIS as TSV or CSV");
  }
  if (bytes.starts_with("\x1F\x8B"))
    return NotAnExport("a gzip-compressed file (a compressed BORIS project?)");
  if (bytes.substr(0, 4096).find('\0') != std::string_view::npos) return NotAnExport("a binary file");
  const std::string_view first_line = io::FirstLine(bytes);
  const std::string_view start = Trim(first_line);
  if (start.starts_with('{')) {
    return NotAnExport("a BORIS project file (JSON), which is read as a project, not as an export");
  }
  if (start.starts_with("BEGIN TRANSACTION") || start.starts_with("CREATE TABLE") ||
      start.starts_with("INSERT INTO")) {
    return NotAnExport(
        "an SQL dump (BORIS's SQL output of aggregated events); export the events as TSV or CSV");
  }
  if (Status s = io::SplitDelimitedText(path_, bytes, io::PickDelimiter(first_line), &rows_); !s.ok())
    return s;
  if (std::all_of(rows_.begin(), rows_.end(), [](const TextRow& r) { return r.IsBlank(); })) {
    return NotAnExport("an empty file");
  }
  const Columns columns(rows_[0]);
  if (columns.Has("Behavior type") && columns.Has("Time")) return ReadLayoutB();
  if (columns.Has("Start (s)") && columns.Has("Stop (s)")) return ReadAggregated();
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const std::vector<std::string>& f = rows_[r].fields;
    const auto last =
        std::find_if(f.rbegin(), f.rend(), [](const std::string& cell) { return !cell.empty(); });
    if (Trim(f[0]) == "Time" && last != f.rend() && Trim(*last) == "Status") return ReadLayoutA(r);
  }
  if (std::string other = DescribeOther(rows_, columns); !other.empty()) return NotAnExport(other);
  return Status::Error(fmt::format(
      "{}:1:1: expected a BORIS events export (a header with \"Observation id\", \"Subject\", \"Behavior\", "
      "\"Behavior type\" and \"Time\" or \"Start (s)\" and \"Stop (s)\", or a metadata block and a "
      "\"Time ... Status\" table), found {}",
      path_, util::QuotedFound(first_line)));
}

}  // namespace

Status ReadBorisExport(const std::string& path, const std::string& text, Annotations* out) {
  const Status status = ExportReader(path, out).Read(text);
  if (!status.ok()) {
    // What was read before the error is not half an export to be used.
    out->observations.clear();
    out->problems.clear();
  }
  return status;
}

}  // namespace tobii::boris
