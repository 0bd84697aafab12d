// One panel of a group_stats.csv metric by group: every participant's value
// (the mean of their recordings) with the group's median and IQR, as a
// violin where a group is large enough for a density to mean something;
// each group's n under its name; the first comparison's test, p, q and
// Hedges' g with its CI as the panel's title. Shared by figures 1 and 2.
#pragma once

#include <cairo.h>

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/group_comparisons.h"
#include "figures/axes.h"
#include "tobii/recording_result.h"

namespace tobii::plot {

// Below this many participants a group's kernel density is mostly the
// kernel's own shape (two values already give a smooth bump that suggests a
// distribution nobody measured), so its points are drawn with the median
// and IQR instead of a violin. Ten is a common floor for showing a density
// rather than the data (Weissgerber et al. 2015, PLoS Biol 13(4): e1002128,
// argue for showing every point in small samples).
inline constexpr std::size_t kMinParticipantsForViolin = 10;

// Draws nothing for a metric that is not in the catalogue.
void MetricByGroup(cairo_t* cr, figures::Rect cell, const std::string& metric,
                   const std::vector<RecordingResult>& results,
                   const std::vector<analysis::ComparisonRow>& group_stats);

// The caption line for figures with these panels: what the marks are and
// what p, q and g are (naming the groups of g's difference).
std::string MetricByGroupCaption(const std::vector<analysis::ComparisonRow>& group_stats);

}  // namespace tobii::plot
