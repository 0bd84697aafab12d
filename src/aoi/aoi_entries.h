// The entries of an AOI file (aoi/aoi_file.h) as its two forms give them,
// TOML tables and table rows alike, and the one set of checks that turns
// them into an AoiSet. The forms only read keys and values; what an entry
// must hold, and what it may not, is decided here once.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "aoi/aoi_definition.h"
#include "tobii/status.h"

namespace tobii::aoi {

enum class ValueType { kText, kNumber, kPoints };

// The keys an entry may hold, by their name here (the table's `aoi` column
// is `name`).
struct EntryKey {
  std::string_view name;
  ValueType type;
};
inline constexpr EntryKey kEntryKeys[] = {
    {"name", ValueType::kText},     {"stimulus", ValueType::kText},      {"shape", ValueType::kText},
    {"space", ValueType::kText},    {"x", ValueType::kNumber},           {"y", ValueType::kNumber},
    {"width", ValueType::kNumber},  {"height", ValueType::kNumber},      {"cx", ValueType::kNumber},
    {"cy", ValueType::kNumber},     {"rx", ValueType::kNumber},          {"ry", ValueType::kNumber},
    {"points", ValueType::kPoints}, {"media_width", ValueType::kNumber}, {"media_height", ValueType::kNumber},
    {"notes", ValueType::kText},
};

// The key named `name`, or null.
const EntryKey* FindEntryKey(std::string_view name);

struct EntryValue {
  std::string spelled;  // the key as the file writes it ("aoi", "Media width"), for messages
  std::string where;    // "file:line:column" of the value
  bool given = false;   // false: a table's empty field (`where` still points at it)
  std::string text;     // kText
  double number = 0;    // kNumber: finite
  std::vector<Point> points;  // kPoints
};

enum class EntryKind {
  kAoi,        // an [[aoi]] table, a table row of an AOI's shape
  kPlacement,  // a [[stimulus]] table, a table row of shape `image`
};

struct Entry {
  EntryKind kind = EntryKind::kAoi;
  std::string where;  // "file:line:column" of its start: for what it lacks
  std::string line;   // "file:line": AoiDefinition::where
  std::map<std::string, EntryValue, std::less<>> values;  // by EntryKey::name
};

// How a file of one form writes a placement, for the message of an AOI
// whose stimulus has none: "a [[stimulus]] table", "a row of shape image".
struct EntryForm {
  std::string_view placement;
};

// Checks every entry (aoi/aoi_file.h lists what) and fills set->aois, in
// the entries' order, and set->placements; the first mistake is the error.
Status BuildAoiSet(const std::vector<Entry>& entries, const EntryForm& form, AoiSet* set);

}  // namespace tobii::aoi
