// One panel of a group_stats.csv metric by group: every participant's value
// (the mean of their recordings) with the group's median and IQR, as a
// violin where a group is large enough for a density to mean something;
// each group's n under its name; the first comparison's test, p, q and
// Hedges' g with its CI as the panel's title. Shared by figures 1 and 2.
#pragma once

#include <cairo.h>

#include <cstddef>
#include <string>
#include <string_view>
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

// One such panel of any participants' values: `groups` as
// analysis::ValuesByGroup gives them, `axis_label` the value's with its
// unit; its title `heading` (none when empty), then the test of `test`
// (none when null).
void GroupValuesPanel(cairo_t* cr, figures::Rect cell, const std::string& heading, const std::string& axis_label,
                      const std::vector<analysis::GroupValues>& groups, const analysis::ComparisonRow* test);

// The height a cell `cell_width` wide needs for that panel to keep a plot
// `plot_height` tall below its title and above its labels.
double GroupValuesPanelHeight(cairo_t* cr, double cell_width, double plot_height, const std::string& heading,
                              const std::string& axis_label, const std::vector<analysis::GroupValues>& groups,
                              const analysis::ComparisonRow* test);

// A panel of a metric of the catalogue (analysis/metric_catalog.h) with
// the first comparison of it in `group_stats`. Draws nothing for a metric
// that is not in the catalogue.
void MetricByGroup(cairo_t* cr, figures::Rect cell, const std::string& metric,
                   const std::vector<RecordingResult>& results,
                   const std::vector<analysis::ComparisonRow>& group_stats);

// The caption line for figures with these panels: what the marks are and
// what p, q and g are (naming the groups of g's difference); `table`: the
// table whose rows are `rows`, whose comparisons q is corrected across.
std::string MetricByGroupCaption(const std::vector<analysis::ComparisonRow>& rows,
                                 std::string_view table = "group_stats.csv");

}  // namespace tobii::plot
