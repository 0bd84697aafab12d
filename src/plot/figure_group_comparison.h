// Figure 1, the group comparison: a gaze heat map per group and their
// difference (the later group minus the first, as in group_stats.csv:
// Patient - Control), then violins of the key metrics with every
// participant's point, median and IQR, and p and g written above.
#pragma once

#include <filesystem>
#include <vector>

#include "analysis/group_comparisons.h"
#include "tobii/figure_options.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::plot {

// OUT/figures/figure1_group_comparison.* (report::kFigure1Name).
// `group_stats`: GroupStats(results), for the tests written above the
// violins.
Status WriteGroupComparisonFigure(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                                  const std::vector<analysis::ComparisonRow>& group_stats,
                                  const FigureOptions& options);

}  // namespace tobii::plot
