// The comparison tables (group_stats.csv, behavior_summary.csv) as papers
// print a "Table 1": one table per pair of groups (and per behaviour), a
// row per metric with its unit, each group's mean (SD), each test's
// statistic, p and q, and each effect size with its interval, rounded for
// reading (report/reading_numbers.h). What columns there are comes from
// the table's header (report/comparison_layout.h); full precision stays in
// the CSV, which each caption links.
//
// Thread-safety: plain functions.
#pragma once

#include <string>

#include "report/csv_file.h"
#include "report/readable_names.h"

namespace tobii::report {

struct ComparisonTablesHtml {
  std::string html;
  int tables = 0;    // tables written
  int compared = 0;  // of them, tables of two groups with a test (the rest: one group, descriptives)
};

// The tables of `table` (read from `file_name`), numbered from
// `first_number`. Rows are grouped by behaviour (when the table has that
// column), group and reference, in the order they first appear.
ComparisonTablesHtml ComparisonTables(const CsvFile& table, const std::string& file_name, int first_number,
                                      const MetricUnits& units);

}  // namespace tobii::report
