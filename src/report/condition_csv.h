// condition_stats.csv and behavior_condition_stats.csv
// (analysis/condition_comparisons.h): one row per (behaviour,) metric,
// group and pair of conditions: both conditions' descriptives, those of
// the differences, then the paired tests.
#pragma once

#include <filesystem>
#include <span>
#include <vector>

#include "analysis/condition_comparisons.h"
#include "report/column_doc.h"
#include "tobii/status.h"

namespace tobii::report {

// The columns of both tables: behavior_condition_stats.csv has all of
// them, condition_stats.csv all but the first ("behavior").
std::span<const ColumnDoc> ConditionColumns();

// With `behavior_column`, the first column is the behaviour
// (behavior_condition_stats.csv). Written whole or not at all.
Status WriteConditionCsv(const std::filesystem::path& path, const std::vector<analysis::PairedRow>& rows,
                         bool behavior_column);

}  // namespace tobii::report
