#include "report/column_doc.h"

#include "io/csv_writer.h"

namespace tobii::report {

std::string HeaderRow(std::span<const ColumnDoc> columns) {
  std::string out;
  for (const ColumnDoc& column : columns) {
    if (!out.empty()) out.push_back(',');
    io::AppendCsvField(&out, column.name);
  }
  out.push_back('\n');
  return out;
}

std::string HeaderRow(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out.push_back(',');
    io::AppendCsvField(&out, name);
  }
  out.push_back('\n');
  return out;
}

}  // namespace tobii::report
