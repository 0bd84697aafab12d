// What the statistics tables (group_stats.csv, behavior_summary.csv,
// condition_stats.csv) share: how a statistic is written, and the
// descriptive columns of a group or condition with their definitions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/column_doc.h"
#include "stats/descriptive.h"

namespace tobii::report {

// The unit of the values that are in the metric's own unit.
inline constexpr std::string_view kMetricUnit = "metric's unit";
inline constexpr std::string_view kStatisticsSource = "statistics over participants (analysis/group_values.h)";

// A statistic with six significant digits, so that values of any size (a
// p of 1e-9, a pupil of 3.2 mm) keep their precision; empty when not
// finite.
std::string Significant(double value);

// n, mean, sd, median, iqr, ci95_low and ci95_high, each name after
// `prefix`, described as those of `whose` ("`group`").
std::vector<ColumnDoc> DescriptiveColumns(std::string_view prefix, std::string_view whose);

// Appends the cells of DescriptiveColumns, each after a comma (all empty
// when not `present`; n too).
void AppendDescriptiveCells(std::string* row, const stats::Descriptive& d, bool present);

}  // namespace tobii::report
