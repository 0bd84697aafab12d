#include "io/row_cells.h"

#include <cmath>

#include "util/text.h"

namespace tobii::io {

namespace {
// Beyond float, and no export's value.
constexpr double kMaxMeasurement = 1e30;
// A time beyond a year of microseconds is no recording's.
constexpr double kMaxTimeUs = 3.2e13;
}  // namespace

std::string CellLocation(const std::string& file, std::int64_t line_number, std::string_view line,
                         std::string_view field) {
  const std::size_t column = field.data() >= line.data() && field.data() <= line.data() + line.size()
                                 ? static_cast<std::size_t>(field.data() - line.data()) + 1
                                 : 1;
  return file + ":" + std::to_string(line_number) + ":" + std::to_string(column) + ": ";
}

void AddCellDamage(DamageLog* damage, Damage kind, const std::string& file, std::int64_t line_number,
                   std::string_view line, std::string_view field, std::string_view what) {
  damage->Add(kind, CellLocation(file, line_number, line, field) + "expected " + std::string(what) + ", found " +
                        util::QuotedFound(field));
}

bool ParseMeasurement(NumberParser* numbers, std::string_view text, float* value) {
  if (text.empty()) {
    *value = std::nanf("");
    return true;
  }
  double parsed = 0;
  if (!numbers->ParseDouble(text, &parsed) || !(std::fabs(parsed) <= kMaxMeasurement)) return false;
  *value = static_cast<float>(parsed);
  return true;
}

bool ParseTimeUs(NumberParser* numbers, std::string_view text, double scale, double* time_us) {
  double parsed = 0;
  if (!numbers->ParseDouble(text, &parsed) || !(std::fabs(parsed * scale) <= kMaxTimeUs)) return false;
  *time_us = parsed * scale;
  return true;
}

}  // namespace tobii::io
