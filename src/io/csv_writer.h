// Tidy CSV output: one header row, `.` as the decimal mark, RFC 4180 quoting
// where a field needs it, so pandas and R read the tables without options.
#pragma once

#include <string>
#include <string_view>

namespace tobii::io {

// Appends one field, quoted when it holds a comma, quote or line break.
void AppendCsvField(std::string* row, std::string_view field);

// Formats a number with up to `decimals` decimals and no trailing zeros;
// non-finite values become an empty field (missing).
std::string FormatNumber(double value, int decimals = 6);

// Appends a whole row (fields separated by commas) and a line end.
void AppendCsvRow(std::string* out, std::initializer_list<std::string_view> fields);

}  // namespace tobii::io
