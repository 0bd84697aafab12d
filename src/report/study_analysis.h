// The study analysis: everything written from the per-recording results
// alone (group_stats.csv, behavior_summary.csv; figures and the report to
// come), by `run` after its pass and again by `figures` from results.json.
#pragma once

#include <filesystem>
#include <vector>

#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::report {

Status WriteStudyAnalysis(const std::filesystem::path& out, const std::vector<RecordingResult>& results);

}  // namespace tobii::report
