// The study analysis: everything written from the per-recording results
// alone (group_stats.csv, behavior_summary.csv, figures/figure1..., the
// report to come), by `run` after its pass and again by `figures` from
// results.json.
#pragma once

#include <filesystem>
#include <vector>

#include "report/figures_common.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::report {

Status WriteStudyAnalysis(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                          const FigureOptions& figures = {});

}  // namespace tobii::report
