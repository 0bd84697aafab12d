#include "io/column_name.h"

#include <cctype>

namespace tobii::io {

namespace {

// Lower-case ASCII letters and drop spaces; other bytes (μ, °) are kept as
// they are.
std::string Key(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return key;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '"')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '"')) text.remove_suffix(1);
  return text;
}

}  // namespace

ColumnName ParseColumnName(std::string_view header_cell) {
  std::string_view cell = Trim(header_cell);
  ColumnName name;
  if (!cell.empty() && (cell.back() == ']' || cell.back() == ')')) {
    const char open = cell.back() == ']' ? '[' : '(';
    const std::size_t at = cell.rfind(open);
    if (at != std::string_view::npos) {
      name.unit_key = Key(cell.substr(at + 1, cell.size() - at - 2));
      cell = cell.substr(0, at);
    }
  }
  // Dropping spaces also makes "Eye tracker timestamp" (Glasses 3 exports)
  // equal to "Eyetracker timestamp".
  name.base_key = Key(cell);
  return name;
}

std::optional<AoiColumn> ParseAoiHitColumn(std::string_view header_cell) {
  const std::string_view cell = Trim(header_cell);
  const std::size_t open = cell.find('[');
  if (open == std::string_view::npos || cell.back() != ']' || Key(cell.substr(0, open)) != "aoihit") {
    return std::nullopt;
  }
  const std::string_view inside = cell.substr(open + 1, cell.size() - open - 2);
  constexpr std::string_view kSeparator = " - ";
  const std::size_t at = inside.rfind(kSeparator);
  if (at == std::string_view::npos) return AoiColumn{"", std::string(inside)};
  return AoiColumn{std::string(inside.substr(0, at)), std::string(inside.substr(at + kSeparator.size()))};
}

double MicrosecondsPerTimeUnit(std::string_view unit_key, double default_us_per_unit) {
  if (unit_key.empty()) return default_us_per_unit;
  if (unit_key == "ms") return 1000.0;
  // "μs" with U+03BC (Pro Lab) or U+00B5 (micro sign), or plain "us".
  if (unit_key == "\xCE\xBCs" || unit_key == "\xC2\xB5s" || unit_key == "us") return 1.0;
  if (unit_key == "s") return 1e6;
  return 0.0;
}

}  // namespace tobii::io
