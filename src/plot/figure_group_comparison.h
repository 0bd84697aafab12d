// Figure 1, the group comparison: a gaze heat map per group and their
// difference (the later group minus the first, as in group_stats.csv:
// Patient - Control), then the key metrics by group (metric_by_group.h:
// every participant's point, median and IQR, n, the test, p, q and g with
// its CI), panels lettered, and a caption line saying what the marks are.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "analysis/group_comparisons.h"
#include "figures/canvas.h"
#include "results/figure_data_shelf.h"
#include "tobii/figure_options.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::plot {

// The figure drawn (what the layout tests look at).
std::unique_ptr<figures::Canvas> DrawGroupComparisonFigure(
    const std::vector<RecordingResult>& results, const std::vector<analysis::ComparisonRow>& group_stats,
    const FigureOptions& options, const results::FigureDataShelf* shelf = nullptr);

// OUT/figures/figure1_group_comparison.* (report::kFigure1Name).
// `group_stats`: GroupStats(results), for the tests written above the
// violins. `shelf`: where the results' figure data waits (null: in them).
Status WriteGroupComparisonFigure(const std::filesystem::path& out,
                                  const std::vector<RecordingResult>& results,
                                  const std::vector<analysis::ComparisonRow>& group_stats,
                                  const FigureOptions& options,
                                  const results::FigureDataShelf* shelf = nullptr);

}  // namespace tobii::plot
