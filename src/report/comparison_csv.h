// group_stats.csv, behavior_summary.csv (analysis/group_comparisons.h) and
// aoi_summary.csv (analysis/aoi_comparisons.h): one row per comparison,
// what it compares, both groups' descriptives, then the tests.
#pragma once

#include <filesystem>
#include <vector>

#include "analysis/group_comparisons.h"
#include "report/column_doc.h"
#include "tobii/status.h"

namespace tobii::report {

// The tables differ in the columns that say what a row compares, before
// "metric": behavior_summary.csv opens with "behavior", aoi_summary.csv
// with "interval" and "aoi", group_stats.csv with neither.
enum class ComparisonTable { kGroupStats, kBehaviorSummary, kAoiSummary };

std::vector<ColumnDoc> ComparisonColumns(ComparisonTable table);

// Written whole or not at all.
Status WriteComparisonCsv(const std::filesystem::path& path, const std::vector<analysis::ComparisonRow>& rows,
                          ComparisonTable table);

}  // namespace tobii::report
