#include "io/csv_writer.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include <fmt/format.h>

namespace tobii::io {

namespace {

// The characters a spreadsheet takes as the start of a formula (OWASP, "CSV
// Injection"): =, +, - and @, and tab and carriage return, which some
// applications skip before looking.
constexpr std::string_view kFormulaStarts = "=+-@\t\r";

bool IsNumber(std::string_view field) {
  double value = 0;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
  return error == std::errc() && end == field.data() + field.size();
}

}  // namespace

std::string NeutraliseFormula(std::string_view field) {
  if (field.empty() || kFormulaStarts.find(field.front()) == std::string_view::npos || IsNumber(field)) {
    return std::string(field);
  }
  std::string out = "'";
  out.append(field);
  return out;
}

void AppendCsvField(std::string* row, std::string_view raw) {
  const bool safe = raw.empty() || kFormulaStarts.find(raw.front()) == std::string_view::npos;
  std::string neutralised;
  if (!safe) neutralised = NeutraliseFormula(raw);
  const std::string_view field = safe ? raw : std::string_view(neutralised);
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    row->append(field);
    return;
  }
  row->push_back('"');
  for (char c : field) {
    if (c == '"') row->push_back('"');
    row->push_back(c);
  }
  row->push_back('"');
}

std::string FormatNumber(double value, int decimals) {
  if (!std::isfinite(value)) return "";
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

void AppendCsvRow(std::string* out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view field : fields) {
    if (!first) out->push_back(',');
    first = false;
    AppendCsvField(out, field);
  }
  out->push_back('\n');
}

}  // namespace tobii::io
