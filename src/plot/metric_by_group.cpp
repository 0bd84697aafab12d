#include "plot/metric_by_group.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "analysis/group_values.h"
#include "analysis/metric_catalog.h"
#include "figures/kde.h"
#include "figures/layout.h"
#include "figures/palette.h"
#include "figures/text.h"
#include "figures/violin.h"
#include "plot/metric_label.h"
#include "stats/descriptive.h"
#include "tobii/figure_options.h"

namespace tobii::plot {

using namespace figures;

namespace {

// Enough participants, and two different values, for a density.
bool DrawsViolin(const std::vector<double>& values) {
  return values.size() >= kMinParticipantsForViolin &&
         std::adjacent_find(values.begin(), values.end(), std::not_equal_to<>()) != values.end();
}

// The statistics above a panel: a size smaller than titles, as they are
// several lines in a narrow panel.
constexpr TextStyle kStatsStyle = {8.0};
// A space where a title may not be wrapped ("p = 0.333" stays whole).
constexpr const char* kNoBreak = "\u00a0";
// A violin spans the participants' values and no further (seaborn's cut=0,
// not its default of two bandwidths): its tails would otherwise show
// values no participant had, and some no one can have (a validity below
// 0 %).
constexpr double kViolinCut = 0.0;
constexpr std::size_t kViolinPoints = 128;

// "p = 0.333", "p < 0.001": a p or q value as a journal prints it.
std::string Probability(const char* name, double p) {
  if (!std::isfinite(p)) return fmt::format("{}{}n/a", name, kNoBreak);
  if (p < 0.001) return fmt::format("{}{}<{}0.001", name, kNoBreak, kNoBreak);
  return fmt::format("{}{}={}{:.3f}", name, kNoBreak, kNoBreak, p);
}

// The panel's title: the test, p and q, then g and its CI.
std::string StatsTitle(const stats::GroupComparison& s) {
  std::string text = "Mann\u2013Whitney " + Probability("p", s.mann_whitney.p);
  if (std::isfinite(s.mann_whitney_q)) text += ", " + Probability("q", s.mann_whitney_q);
  text += "\n";
  if (!std::isfinite(s.hedges_g.g)) return text + fmt::format("g{}n/a", kNoBreak);
  text += fmt::format("g{}={}{:.2f}", kNoBreak, kNoBreak, s.hedges_g.g);
  if (std::isfinite(s.hedges_g.ci_low) && std::isfinite(s.hedges_g.ci_high))
    text += fmt::format(" [{:.2f},{}{:.2f}]", s.hedges_g.ci_low, kNoBreak, s.hedges_g.ci_high);
  return text;
}

// Each line of `text` wrapped to `width_pt` in the title's style.
std::string WrapLines(cairo_t* cr, const std::string& text, double width_pt) {
  std::string wrapped;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (!wrapped.empty()) wrapped += '\n';
    wrapped += WrapText(cr, text.substr(start, end - start), kStatsStyle, width_pt);
    start = end + 1;
  }
  return wrapped;
}

}  // namespace

void MetricByGroup(cairo_t* cr, Rect cell, const std::string& metric, const std::vector<RecordingResult>& results,
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
    names.push_back(fmt::format("{}\n(n = {})", groups[i].group.empty() ? "all" : groups[i].group,
                                groups[i].values.size()));
    for (double v : groups[i].values) low = std::min(low, v), high = std::max(high, v);
    if (DrawsViolin(groups[i].values)) {
      densities[i] = GaussianKde(groups[i].values, kViolinPoints, kViolinCut);
      low = std::min(low, densities[i].x.front());
      high = std::max(high, densities[i].x.back());
    }
  }
  if (!(low <= high)) low = 0, high = 1;
  const double pad = high > low ? 0.05 * (high - low) : 1.0;
  AxesSpec spec;
  spec.x = CategoryAxis("", names);
  spec.y = LinearAxis(MetricLabel(metric), low - pad, high + pad);
  // The first comparison of the metric: the later group against the first.
  for (const analysis::ComparisonRow& row : group_stats) {
    if (row.metric != metric || row.reference.empty()) continue;
    // Within the plot's width, so that it clears the panel letter and the
    // neighbouring panels' titles.
    const Margins untitled = MeasureMargins(cr, spec, cell.width);
    spec.title_style = kStatsStyle;
    spec.title = WrapLines(cr, StatsTitle(row.stats), cell.width - untitled.left - untitled.right);
    break;
  }
  Axes axes(cr, spec, cell);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const std::vector<double>& values = groups[i].values;
    if (values.empty()) continue;
    const stats::Descriptive d = stats::Describe(values);
    const auto x = static_cast<double>(i);
    if (DrawsViolin(values)) {
      Violin(axes, x, densities[i], {d.median, d.q1, d.q3}, values, GroupColor(i));
    } else {
      PointsWithSummary(axes, x, {d.median, d.q1, d.q3}, values, GroupColor(i));
    }
  }
  axes.DrawFrame();
}

std::string MetricByGroupCaption(const std::vector<analysis::ComparisonRow>& group_stats) {
  std::string text = fmt::format(
      "Points: participants (each the mean of their recordings); white dot: median; black bar: interquartile "
      "range; violin (groups of {} or more): kernel density.",
      kMinParticipantsForViolin);
  const auto compared = std::find_if(group_stats.begin(), group_stats.end(),
                                     [](const analysis::ComparisonRow& row) { return !row.reference.empty(); });
  if (compared == group_stats.end()) return text;
  const auto comparisons = std::count_if(group_stats.begin(), group_stats.end(),
                                         [](const analysis::ComparisonRow& row) { return !row.reference.empty(); });
  text += fmt::format(
      " p: two-sided Mann\u2013Whitney U test; q: Benjamini\u2013Hochberg across the {} comparisons of "
      "group_stats.csv; g: Hedges' g of {} \u2212 {} [{:g} % CI].",
      comparisons, compared->group, compared->reference, 100 * stats::kDefaultConfidenceLevel);
  return text;
}

}  // namespace tobii::plot

namespace tobii {

std::vector<std::string> ViolinMetricChoices() {
  std::vector<std::string> names;
  for (const analysis::RecordingMetricDef& m : analysis::RecordingMetricCatalog()) names.push_back(m.name);
  return names;
}

}  // namespace tobii
