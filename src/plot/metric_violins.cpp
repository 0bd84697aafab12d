#include "plot/metric_violins.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <limits>

#include "analysis/group_values.h"
#include "analysis/metric_catalog.h"
#include "figures/kde.h"
#include "figures/palette.h"
#include "figures/violin.h"
#include "plot/metric_label.h"
#include "stats/descriptive.h"
#include "tobii/figure_options.h"

namespace tobii::plot {

using namespace figures;

namespace {

// A density needs two different values; fewer are drawn as points.
bool Drawable(const std::vector<double>& values) {
  return values.size() >= 2 &&
         std::adjacent_find(values.begin(), values.end(), std::not_equal_to<>()) != values.end();
}

}  // namespace

void MetricViolins(cairo_t* cr, Rect cell, const std::string& metric,
                   const std::vector<RecordingResult>& results,
                   const std::vector<analysis::ComparisonRow>& group_stats) {
  const auto& catalog = analysis::RecordingMetricCatalog();
  const auto def =
      std::find_if(catalog.begin(), catalog.end(), [&](const auto& m) { return m.name == metric; });
  if (def == catalog.end()) return;
  const std::vector<analysis::GroupValues> groups = analysis::ValuesByGroup(results, def->value);
  std::vector<std::string> names;
  std::vector<Density> densities(groups.size());
  double low = std::numeric_limits<double>::infinity(), high = -low;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    names.push_back(groups[i].group.empty() ? "all" : groups[i].group);
    for (double v : groups[i].values) low = std::min(low, v), high = std::max(high, v);
    if (Drawable(groups[i].values)) {
      densities[i] = GaussianKde(groups[i].values);
      low = std::min(low, densities[i].x.front());
      high = std::max(high, densities[i].x.back());
    }
  }
  if (!(low <= high)) low = 0, high = 1;
  const double pad = high > low ? 0.05 * (high - low) : 1.0;
  AxesSpec spec;
  // The first comparison of the metric: the later group against the first.
  for (const analysis::ComparisonRow& row : group_stats) {
    if (row.metric != metric || row.reference.empty()) continue;
    spec.title = fmt::format("p = {:.3g}, g = {:.2f}", row.stats.mann_whitney.p, row.stats.hedges_g.g);
    break;
  }
  spec.x = CategoryAxis("", names);
  spec.y = LinearAxis(MetricLabel(metric), low - pad, high + pad);
  Axes axes(cr, spec, cell);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const std::vector<double>& values = groups[i].values;
    if (values.empty()) continue;
    const stats::Descriptive d = stats::Describe(values);
    if (Drawable(values)) {
      Violin(axes, static_cast<double>(i), densities[i], {d.median, d.q1, d.q3}, values, GroupColor(i));
    } else {
      JitteredPoints(axes, static_cast<double>(i), values, GroupColor(i));
    }
  }
  axes.DrawFrame();
}

}  // namespace tobii::plot

namespace tobii {

std::vector<std::string> ViolinMetricChoices() {
  std::vector<std::string> names;
  for (const analysis::RecordingMetricDef& m : analysis::RecordingMetricCatalog()) names.push_back(m.name);
  return names;
}

}  // namespace tobii
