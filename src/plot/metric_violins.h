// One panel of violins: a group_stats.csv metric per group, every
// participant's point, median and IQR, and the first comparison's
// Mann-Whitney p and Hedges' g as its title. Shared by figures 1 and 2.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "analysis/group_comparisons.h"
#include "figures/axes.h"
#include "tobii/recording_result.h"

namespace tobii::plot {

// Draws nothing for a metric that is not in the catalogue.
void MetricViolins(cairo_t* cr, figures::Rect cell, const std::string& metric,
                   const std::vector<RecordingResult>& results,
                   const std::vector<analysis::ComparisonRow>& group_stats);

}  // namespace tobii::plot
