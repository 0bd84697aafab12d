// group_stats.csv and behavior_summary.csv (analysis/group_comparisons.h):
// one row per comparison, both groups' descriptives, then the tests.
#pragma once

#include <span>

#include <filesystem>
#include <vector>

#include "analysis/group_comparisons.h"
#include "report/column_doc.h"
#include "tobii/status.h"

namespace tobii::report {

// The columns of both tables: behavior_summary.csv has all of them,
// group_stats.csv all but the first ("behavior").
std::span<const ColumnDoc> ComparisonColumns();

// With `behavior_column`, the first column is the behaviour
// (behavior_summary.csv). Written whole or not at all.
Status WriteComparisonCsv(const std::filesystem::path& path, const std::vector<analysis::ComparisonRow>& rows,
                          bool behavior_column);

}  // namespace tobii::report
