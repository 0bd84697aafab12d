// Figure 2, data quality and eye-movement structure: validity and
// precision per group (violins), the fixation-duration distribution per
// group (each participant's histogram normalised, then averaged), and the
// saccade main sequence (amplitude against peak velocity) per group.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "analysis/group_comparisons.h"
#include "figures/canvas.h"
#include "results/figure_data_shelf.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::plot {

// The figure drawn (what the layout tests look at).
std::unique_ptr<figures::Canvas> DrawDataQualityFigure(
    const std::vector<RecordingResult>& results, const std::vector<analysis::ComparisonRow>& group_stats,
    const results::FigureDataShelf* shelf = nullptr);

// OUT/figures/figure2_data_quality.* (report::kFigure2Name).
// `shelf`: where the results' figure data waits (null: in them).
Status WriteDataQualityFigure(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                              const std::vector<analysis::ComparisonRow>& group_stats,
                              const results::FigureDataShelf* shelf = nullptr);

}  // namespace tobii::plot
