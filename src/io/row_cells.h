// The cells of a delimited row, read the way every tabular reader reads
// them (Pro Lab, Studio, Pro SDK): where a cell lies for a message, a
// measurement, a time, and what a flawed cell costs (io/damage.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "io/damage.h"
#include "io/number_parser.h"

namespace tobii::io {

// "file:LINE:COLUMN: ", the column the field's first byte in `line` (1
// when the field does not lie in it).
std::string CellLocation(const std::string& file, std::int64_t line_number, std::string_view line,
                         std::string_view field);

// Counts `kind` with "LOCATION: expected WHAT, found "FIELD"".
void AddCellDamage(DamageLog* damage, Damage kind, const std::string& file, std::int64_t line_number,
                   std::string_view line, std::string_view field, std::string_view what);

// A measurement: an empty cell is missing (true, NaN); a number within
// ±1e30 is the value; NaN, inf, a value beyond float or no number at all is
// damage (false), not a measurement.
bool ParseMeasurement(NumberParser* numbers, std::string_view text, float* value);

// A time cell in microseconds (`scale` µs per unit), within a year of
// microseconds of zero; false otherwise.
bool ParseTimeUs(NumberParser* numbers, std::string_view text, double scale, double* time_us);

}  // namespace tobii::io
