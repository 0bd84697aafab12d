// The data dictionary: every column of every table a run writes, with its
// unit, definition and source, in one list built from the writers' own
// column lists (report/column_doc.h) and the result fields
// (metrics/result_fields.h). Written as columns.csv beside the tables; the
// report shows it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "tobii/status.h"

namespace tobii::report {

struct DictionaryRow {
  std::string table;  // the table's file name in OUT ("events/*.csv" for the events files)
  std::string column;
  std::string unit;
  std::string definition;
  std::string source;
};

// Every table's columns, in the tables' own column order, with the
// participants table's `covariates` (report/covariates.h) where the
// per-recording tables carry them.
std::vector<DictionaryRow> ColumnDictionary(const std::vector<std::string>& covariates);

// columns.csv: table,column,unit,definition,source. Written whole or not
// at all.
Status WriteColumnsCsv(const std::filesystem::path& path, const std::vector<std::string>& covariates);

}  // namespace tobii::report
