// The last step of a study run: the outputs, from the summary alone.
//
//   summary.csv, behavior_metrics.csv -> results.json -> the study
//   analysis and its figures (run/study_analysis.h) -> problems.csv
//   ... then run.json and report.html, once the run's totals are known.
//
// Memory: the results as gathered; the study analysis draws its figures
// side by side on the run's workers, one canvas each.
#pragma once

#include <tbb/task_arena.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tobii/run.h"
#include "tobii/status.h"

namespace tobii::study {

// The tables, the results file, all that is made from it alone (`figures`
// redoes it from the same file) and problems.csv, in OUT. Stops at the
// first that cannot be written.
Status WriteStudyOutputs(const RunOptions& options, const RunSummary& summary, tbb::task_arena* workers);

// run.json (run/run_json.h) and report.html, which shows it.
Status WriteRunRecord(const std::filesystem::path& out, const nlohmann::json& run);

}  // namespace tobii::study
