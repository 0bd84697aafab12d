// The data dictionary columns.csv (table, column, unit, definition, source),
// when the run wrote one beside its tables: listed per table, so a reader
// knows what each column of each CSV holds. Its columns are found by name;
// a missing one leaves its cells empty.
//
// Thread-safety: plain functions.
#pragma once

#include <string>

#include "report/csv_file.h"

namespace tobii::report {

// The data dictionary's file name in OUT.
inline constexpr const char* kColumnsFileName = "columns.csv";

// The section's HTML for `dictionary` (read from columns.csv).
std::string ColumnsSection(const CsvFile& dictionary);

}  // namespace tobii::report
