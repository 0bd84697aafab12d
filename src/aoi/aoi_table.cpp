// The table form of an AOI file (aoi/aoi_file.h): a CSV or TSV, one row per
// AOI or image placement.

#include <fmt/format.h>

#include <cmath>

#include "aoi/aoi_entries.h"
#include "aoi/aoi_file.h"
#include "io/delimited_text.h"
#include "io/number_parser.h"
#include "io/participants.h"
#include "util/text.h"

namespace tobii::aoi {

namespace {

// The shape of a row that places its stimulus's image rather than
// outlining an AOI.
constexpr std::string_view kImageShape = "image";
// The column of the AOI's name (the entries' `name`).
constexpr std::string_view kAoiColumn = "aoi";

std::string_view Trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// The entry key a header cell names, or null: `aoi` is the name, the
// others as spelled in kEntryKeys, matched as io::HeaderKey does.
const EntryKey* ColumnKey(std::string_view cell) {
  const std::string key = io::HeaderKey(cell);
  if (key == kAoiColumn) return FindEntryKey("name");
  for (const EntryKey& entry_key : kEntryKeys) {
    if (entry_key.name != "name" && io::HeaderKey(entry_key.name) == key) return &entry_key;
  }
  return nullptr;
}

std::string ColumnList() {
  std::string list(kAoiColumn);
  for (const EntryKey& key : kEntryKeys) {
    if (key.name != "name") list.append(", ").append(key.name);
  }
  return list;
}

// "x1 y1; x2 y2; ...": a pair of numbers between semicolons (one after the
// last pair is allowed).
bool ParsePoints(std::string_view text, io::NumberParser* numbers, std::vector<Point>* points) {
  while (!text.empty()) {
    const std::size_t end = text.find(';');
    std::string_view pair = Trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (pair.empty()) {
      if (text.empty()) break;  // a closing semicolon
      return false;
    }
    const std::size_t gap = pair.find_first_of(" \t");
    if (gap == std::string_view::npos) return false;
    Point p;
    if (!numbers->ParseDouble(pair.substr(0, gap), &p.x) || !numbers->ParseDouble(Trim(pair.substr(gap)), &p.y) ||
        !std::isfinite(p.x) || !std::isfinite(p.y)) {
      return false;
    }
    points->push_back(p);
  }
  return true;
}

}  // namespace

Status ParseAoiTable(std::string_view text, const std::string& name, AoiSet* set) {
  std::vector<io::TextRow> rows;
  if (Status s = io::SplitDelimitedText(name, text, io::PickDelimiter(io::FirstLine(text)), &rows); !s.ok()) {
    return s;
  }
  if (rows.empty()) return Status::Error(name + ":1:1: expected a header row, found an empty file");
  const io::TextRow& header = rows.front();
  std::vector<const EntryKey*> columns;
  int shape_column = -1;
  bool has_name = false;
  for (std::size_t c = 0; c < header.fields.size(); ++c) {
    const std::string where = fmt::format("{}:{}:{}", name, header.positions[c].line, header.positions[c].column);
    const EntryKey* key = ColumnKey(header.fields[c]);
    if (key == nullptr) {
      return Status::Error(fmt::format("{}: unknown column {}: the columns are {}", where,
                                       util::QuotedFound(header.fields[c]), ColumnList()));
    }
    for (std::size_t before = 0; before < c; ++before) {
      if (columns[before] == key) {
        return Status::Error(fmt::format("{}: a second column {}", where, util::QuotedFound(header.fields[c])));
      }
    }
    if (key->name == "shape") shape_column = static_cast<int>(c);
    has_name = has_name || key->name == "name";
    columns.push_back(key);
  }
  if (shape_column < 0 || !has_name) {
    return Status::Error(fmt::format("{}:1:1: expected the columns \"aoi\" and \"shape\", found {}", name,
                                     util::QuotedFound(io::FirstLine(text))));
  }
  io::NumberParser numbers;
  std::vector<Entry> entries;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const io::TextRow& row = rows[r];
    if (row.IsBlank()) continue;
    const auto where = [&](std::size_t c) {
      return fmt::format("{}:{}:{}", name, row.positions[c].line, row.positions[c].column);
    };
    if (row.fields.size() > header.fields.size()) {
      return Status::Error(fmt::format("{}: expected {} fields as the header has, found {} (quote a field that "
                                       "holds the delimiter)",
                                       where(header.fields.size()), header.fields.size(), row.fields.size()));
    }
    Entry entry;
    entry.where = where(0);
    entry.line = fmt::format("{}:{}", name, row.line);
    const bool image = static_cast<std::size_t>(shape_column) < row.fields.size() &&
                       util::EqualsNoCase(Trim(row.fields[shape_column]), kImageShape);
    entry.kind = image ? EntryKind::kPlacement : EntryKind::kAoi;
    for (std::size_t c = 0; c < row.fields.size(); ++c) {
      if (image && static_cast<int>(c) == shape_column) continue;  // read: the row's kind
      const std::string_view field = Trim(row.fields[c]);
      EntryValue value;
      value.spelled = header.fields[c];
      value.where = where(c);
      value.given = !field.empty();
      if (value.given) {
        switch (columns[c]->type) {
          case ValueType::kText:
            value.text = std::string(field);
            break;
          case ValueType::kNumber:
            if (!numbers.ParseDouble(field, &value.number) || !std::isfinite(value.number)) {
              return Status::Error(fmt::format("{}: expected a finite number for {}, found {}", value.where,
                                               value.spelled, util::QuotedFound(field)));
            }
            break;
          case ValueType::kPoints:
            if (!ParsePoints(field, &numbers, &value.points)) {
              return Status::Error(fmt::format("{}: expected points as \"x1 y1; x2 y2; ...\", found {}", value.where,
                                               util::QuotedFound(field)));
            }
            break;
        }
      }
      entry.values[std::string(columns[c]->name)] = std::move(value);
    }
    entries.push_back(std::move(entry));
  }
  set->file = name;
  return BuildAoiSet(entries, {.placement = "a row of shape image"}, set);
}

}  // namespace tobii::aoi
