// Tidy CSV output: one header row, `.` as the decimal mark, RFC 4180 quoting
// where a field needs it, so pandas and R read the tables without options.
//
// Text a spreadsheet would run as a formula is neutralised, by one rule: a
// field that is not a number and begins with `=`, `+`, `-`, `@`, a tab or a
// carriage return gets a leading `'` (OWASP's advice for CSV injection), so
// a recording named `=cmd|' /C calc'!A0` is shown, never run. Numbers
// (`-0.5`, `-1e-05`) stay numbers.
#pragma once

#include <string>
#include <string_view>

namespace tobii::io {

// Appends one field, neutralised when a spreadsheet would run it, quoted
// when it holds a comma, quote or line break.
void AppendCsvField(std::string* row, std::string_view field);

// The field as written, before quoting: `'` first where a spreadsheet would
// run it as a formula (see above).
std::string NeutraliseFormula(std::string_view field);

// Formats a number with up to `decimals` decimals and no trailing zeros;
// non-finite values become an empty field (missing).
std::string FormatNumber(double value, int decimals = 6);

// Appends a whole row (fields separated by commas) and a line end.
void AppendCsvRow(std::string* out, std::initializer_list<std::string_view> fields);

}  // namespace tobii::io
