// The participants table's other columns (age, sex, site...) as columns of
// the per-recording tables: summary.csv, behavior_metrics.csv and
// observations.csv end each row with them.
#pragma once

#include <string>
#include <vector>

#include "tobii/recording_result.h"

namespace tobii::report {

// The covariates' names, in the order the results first give them.
std::vector<std::string> CovariateNames(const std::vector<RecordingResult>& results);

// A covariate's column in a table that has `taken` columns already: its
// name, or "covariate_" and its name when a column of ours has it (a
// participants table with its own "recording" or "condition" column).
std::string CovariateColumn(const std::string& name, const std::vector<std::string>& taken);

// The value of covariate `name` for `result`; empty when it has none.
const std::string& CovariateValue(const RecordingResult& result, const std::string& name);

}  // namespace tobii::report
