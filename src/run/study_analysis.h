// The study analysis: everything written from the per-recording results
// alone (group_stats.csv, behavior_summary.csv, condition_stats.csv and
// behavior_condition_stats.csv when the recordings have conditions,
// aoi_summary.csv when they have AOIs or intervals, the figures), by `run`
// after its pass and again by `figures` from results.json. The tables come
// from the core (src/report/), the figures from the plotting library
// (src/plot/).
#pragma once

#include <filesystem>
#include <vector>

#include "results/figure_data_shelf.h"
#include "tobii/figure_options.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::run {

// `shelf`: where the results' figure data waits (null: in the results).
Status WriteStudyAnalysis(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                          const FigureOptions& figures = {}, const results::FigureDataShelf* shelf = nullptr);

}  // namespace tobii::run
