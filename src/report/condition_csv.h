// condition_stats.csv (analysis/condition_comparisons.h): one row per
// metric, group and pair of conditions: both conditions' descriptives,
// those of the differences, then the paired tests.
#pragma once

#include <filesystem>
#include <span>
#include <vector>

#include "analysis/condition_comparisons.h"
#include "report/column_doc.h"
#include "tobii/status.h"

namespace tobii::report {

std::span<const ColumnDoc> ConditionColumns();

// Written whole or not at all.
Status WriteConditionCsv(const std::filesystem::path& path, const std::vector<analysis::PairedRow>& rows);

}  // namespace tobii::report
