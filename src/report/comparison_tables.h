// The comparison tables (group_stats.csv, behavior_summary.csv,
// condition_stats.csv) as papers print a "Table 1": one table per pair of
// groups (and per behaviour or condition), or per group and pair of
// conditions, a row per metric with its unit, each side's mean (SD), the
// mean difference of the pairs with its interval (within participants),
// each test's statistic, p and q, and each effect size with its interval,
// rounded for reading (report/reading_numbers.h). What columns there are
// comes from the table's header (report/comparison_layout.h); full
// precision stays in the CSV, which each caption links.
//
// Thread-safety: plain functions.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "report/csv_file.h"
#include "report/readable_names.h"

namespace tobii::report {

struct ComparisonTablesHtml {
  std::string html;
  int tables = 0;    // tables written
  int compared = 0;  // of them, tables of two groups with a test (the rest: one group, descriptives)
};

// What a table's `group`, `condition` and `reference` columns mean.
enum class ComparisonDesign {
  kBetweenGroups,       // group_stats.csv, behavior_summary.csv: group vs reference group (in a condition)
  kWithinParticipants,  // condition_stats.csv: a group's participants, condition vs reference condition
};

// Which rows of a table its Table Ns show and how they are headed, for a
// table whose rows say more than the metric (aoi_summary.csv: the
// interval and the AOI).
struct ComparisonRowsShown {
  // Only the rows this keeps; every row when empty.
  std::function<bool(const CsvFile&, std::size_t row)> keep;
  // A heading across the table above each run of rows with the same
  // heading (plain text); none when empty.
  std::function<std::string(const CsvFile&, std::size_t row)> heading;
  // Said first in each caption ("Areas of interest"), plain text.
  std::string topic;
};

// The tables of `table` (read from `file_name`), numbered from
// `first_number`. Rows are grouped by behaviour (when the table has that
// column), condition, group and reference, in the order they first appear.
ComparisonTablesHtml ComparisonTables(const CsvFile& table, const std::string& file_name, int first_number,
                                      const MetricUnits& units,
                                      ComparisonDesign design = ComparisonDesign::kBetweenGroups,
                                      const ComparisonRowsShown& shown_rows = {});

}  // namespace tobii::report
