#include "aoi/aoi_file.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

#include "aoi/aoi_entries.h"
#include "io/byte_source.h"
#include "util/text.h"

namespace tobii::aoi {

namespace {

std::string Where(const std::string& file, const toml::source_region& at) {
  return fmt::format("{}:{}:{}", file, at.begin.line, at.begin.column);
}

std::string KnownKeys() {
  std::string list;
  for (const EntryKey& key : kEntryKeys) list.append(list.empty() ? "" : ", ").append(key.name);
  return list;
}

bool FiniteNumber(const toml::node& node, double* number) {
  const std::optional<double> value = node.value<double>();
  if (!node.is_number() || !value || !std::isfinite(*value)) return false;
  *number = *value;
  return true;
}

// points = [[x, y], [x, y], ...]
Status ReadPoints(const std::string& file, const toml::node& node, std::vector<Point>* points) {
  const toml::array* array = node.as_array();
  if (array == nullptr) return Status::Error(Where(file, node.source()) + ": expected points = [[x, y], [x, y], ...]");
  for (const toml::node& item : *array) {
    const toml::array* pair = item.as_array();
    Point p;
    if (pair == nullptr || pair->size() != 2 || !FiniteNumber(*pair->get(0), &p.x) || !FiniteNumber(*pair->get(1), &p.y)) {
      return Status::Error(Where(file, item.source()) + ": expected a point [x, y] of two finite numbers");
    }
    points->push_back(p);
  }
  return Status::Ok();
}

// One [[aoi]] or [[stimulus]] table. A [[stimulus]] names its stimulus by
// `name`, which is the entry's stimulus.
Status ReadTable(const std::string& file, const toml::table& table, EntryKind kind, Entry* entry) {
  entry->kind = kind;
  entry->where = Where(file, table.source());
  entry->line = fmt::format("{}:{}", file, table.source().begin.line);
  for (const auto& [toml_key, node] : table) {
    const std::string spelled(toml_key.str());
    std::string key = spelled;
    if (kind == EntryKind::kPlacement && key == "name") {
      key = "stimulus";
    } else if (kind == EntryKind::kPlacement && key == "stimulus") {
      return Status::Error(Where(file, toml_key.source()) + ": a [[stimulus]] table names its stimulus by \"name\"");
    }
    const EntryKey* known = FindEntryKey(key);
    if (known == nullptr) {
      return Status::Error(Where(file, toml_key.source()) + ": unknown key \"" + spelled + "\": the keys are " +
                           KnownKeys());
    }
    EntryValue value;
    value.spelled = spelled;
    value.where = Where(file, node.source());
    value.given = true;
    switch (known->type) {
      case ValueType::kText:
        if (!node.is_string()) return Status::Error(value.where + ": expected a string for \"" + spelled + "\"");
        value.text = node.as_string()->get();
        break;
      case ValueType::kNumber:
        if (!FiniteNumber(node, &value.number)) {
          return Status::Error(value.where + ": expected a finite number for \"" + spelled + "\"");
        }
        break;
      case ValueType::kPoints:
        if (Status s = ReadPoints(file, node, &value.points); !s.ok()) return s;
        break;
    }
    entry->values[key] = std::move(value);
  }
  return Status::Ok();
}

}  // namespace

Status ParseAoiToml(std::string_view text, const std::string& name, AoiSet* set) {
  toml::table doc;
  try {
    doc = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    return Status::Error(Where(name, e.source()) + ": " + std::string(e.description()));
  }
  std::vector<Entry> entries;
  for (const auto& [toml_key, node] : doc) {
    const std::string_view key = toml_key.str();
    if (key != "aoi" && key != "stimulus") {
      return Status::Error(Where(name, toml_key.source()) + ": unknown key \"" + std::string(key) +
                           "\": the file holds [[aoi]] and [[stimulus]] tables");
    }
    const toml::array* tables = node.as_array();
    if (tables == nullptr || !tables->is_array_of_tables()) {
      return Status::Error(Where(name, node.source()) + ": expected [[" + std::string(key) + "]] tables");
    }
    const EntryKind kind = key == "aoi" ? EntryKind::kAoi : EntryKind::kPlacement;
    for (const toml::node& table : *tables) {
      Entry entry;
      if (Status s = ReadTable(name, *table.as_table(), kind, &entry); !s.ok()) return s;
      entries.push_back(std::move(entry));
    }
  }
  set->file = name;
  return BuildAoiSet(entries, {.placement = "a [[stimulus]] table"}, set);
}

bool IsAoiFileName(std::string_view file_name) {
  return std::any_of(std::begin(kAoiFileNames), std::end(kAoiFileNames),
                     [&](std::string_view name) { return util::EqualsNoCase(file_name, name); });
}

Status ReadAoiFile(const std::string& path, const std::string& name, AoiSet* set) {
  std::string text;
  if (Status s = io::ReadWholeFile(path, kMaxAoiFileBytes, "AOI file", &text); !s.ok()) return s;
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = util::LowerAscii(c);
  return extension == ".toml" ? ParseAoiToml(text, name, set) : ParseAoiTable(text, name, set);
}

}  // namespace tobii::aoi
