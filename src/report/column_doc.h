// ColumnDoc: one column of an output table as the data dictionary
// (columns.csv, report/column_dictionary.h) describes it. Each writer keeps
// its columns in one such list and builds its header from it, so a column
// cannot be written without being described.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tobii::report {

struct ColumnDoc {
  std::string name;
  std::string unit;  // "" for names, counts and flags
  std::string definition;
  std::string source;  // where the value comes from
};

// The header row of these columns, with its line end.
std::string HeaderRow(std::span<const ColumnDoc> columns);
// The same from the columns' names.
std::string HeaderRow(const std::vector<std::string>& names);

}  // namespace tobii::report
