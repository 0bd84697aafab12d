// The study's figures from the per-recording results and the group
// statistics: figures 1-4 and the sample figures, each drawn, or removed
// where an earlier run left it and this one has nothing to draw. What the
// plotting library offers the rest of the program; nothing in this header
// needs Cairo.
#pragma once

#include <filesystem>
#include <vector>

#include "analysis/group_comparisons.h"
#include "results/figure_data_shelf.h"
#include "tobii/figure_options.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::plot {

// `group_stats`, `behavior_summary` and `aoi_summary`:
// analysis::GroupStats, BehaviorSummary and AoiSummary of `results`, as
// group_stats.csv, behavior_summary.csv and aoi_summary.csv hold them
// (`aoi_summary` empty for a study without AOIs). `shelf`: where the
// results' figure data waits (null: in the results); reading it back
// throws std::system_error when the shelf's file fails.
Status WriteStudyFigures(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                         const std::vector<analysis::ComparisonRow>& group_stats,
                         const std::vector<analysis::ComparisonRow>& behavior_summary,
                         const std::vector<analysis::ComparisonRow>& aoi_summary,
                         const FigureOptions& options, const results::FigureDataShelf* shelf = nullptr);

}  // namespace tobii::plot
