#include "io/csv_writer.h"

#include <cmath>

#include <fmt/format.h>

namespace tobii::io {

void AppendCsvField(std::string* row, std::string_view field) {
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
