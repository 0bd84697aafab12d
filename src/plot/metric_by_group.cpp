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

// `word` cut in the middle ("Left…label") to fit `width_pt`: an AOI's name
// without spaces may be wider than a panel, and would run into the next.
std::string ElidedToWidth(cairo_t* cr, const std::string& word, double width_pt) {
  if (MeasureText(cr, word, kStatsStyle).width_pt <= width_pt) return word;
  // Code points' starts, so that a cut never splits a UTF-8 sequence.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  for (std::size_t keep = starts.size() - 1; keep >= 2; --keep) {
    const std::size_t head = starts[(keep + 1) / 2];
    const std::size_t tail = starts[starts.size() - keep / 2];
    std::string elided = word.substr(0, head);
    elided.append("\u2026").append(word, tail);
    if (MeasureText(cr, elided, kStatsStyle).width_pt <= width_pt) return elided;
  }
  std::string first = word.substr(0, starts.size() > 1 ? starts[1] : word.size());
  return first.append("\u2026");
}

// Each word of `heading` elided to `width_pt`.
std::string ElideWords(cairo_t* cr, const std::string& heading, double width_pt) {
  std::string out;
  std::size_t start = 0;
  while (start <= heading.size()) {
    std::size_t end = heading.find_first_of(" \n", start);
    if (end == std::string::npos) end = heading.size();
    out += ElidedToWidth(cr, heading.substr(start, end - start), width_pt);
    if (end < heading.size()) out += heading[end];
    start = end + 1;
  }
  return out;
}

// A panel's axes and each group's density (none where it draws points).
struct PanelLayout {
  AxesSpec spec;
  std::vector<Density> densities;
};

PanelLayout LayOutPanel(cairo_t* cr, double cell_width, const std::string& heading, const std::string& axis_label,
                        const std::vector<analysis::GroupValues>& groups, const analysis::ComparisonRow* test) {
  PanelLayout panel;
  std::vector<std::string> names;
  panel.densities.resize(groups.size());
  double low = std::numeric_limits<double>::infinity(), high = -low;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    names.push_back(fmt::format("{}\n(n = {})", groups[i].group.empty() ? "all" : groups[i].group,
                                groups[i].values.size()));
    for (double v : groups[i].values) low = std::min(low, v), high = std::max(high, v);
    if (DrawsViolin(groups[i].values)) {
      panel.densities[i] = GaussianKde(groups[i].values, kViolinPoints, kViolinCut);
      low = std::min(low, panel.densities[i].x.front());
      high = std::max(high, panel.densities[i].x.back());
    }
  }
  if (!(low <= high)) low = 0, high = 1;
  const double pad = high > low ? 0.05 * (high - low) : 1.0;
  AxesSpec& spec = panel.spec;
  spec.x = CategoryAxis("", names);
  // Data that are never below 0 (durations, counts, shares) get no axis
  // below 0: the padding would show impossible values.
  spec.y = LinearAxis(axis_label, low >= 0 ? std::max(0.0, low - pad) : low - pad, high + pad);
  if (!heading.empty() || test != nullptr) {
    // Within the plot's width, so that it clears the panel letter and the
    // neighbouring panels' titles.
    const Margins untitled = MeasureMargins(cr, spec, cell_width);
    const double width = cell_width - untitled.left - untitled.right;
    std::string title = ElideWords(cr, heading, width);
    if (test != nullptr) title.append(title.empty() ? "" : "\n").append(StatsTitle(test->stats));
    spec.title_style = kStatsStyle;
    spec.title = WrapLines(cr, title, width);
  }
  return panel;
}

}  // namespace

void GroupValuesPanel(cairo_t* cr, Rect cell, const std::string& heading, const std::string& axis_label,
                      const std::vector<analysis::GroupValues>& groups, const analysis::ComparisonRow* test) {
  const PanelLayout panel = LayOutPanel(cr, cell.width, heading, axis_label, groups, test);
  Axes axes(cr, panel.spec, cell);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const std::vector<double>& values = groups[i].values;
    if (values.empty()) continue;
    const stats::Descriptive d = stats::Describe(values);
    const auto x = static_cast<double>(i);
    if (DrawsViolin(values)) {
      Violin(axes, x, panel.densities[i], {d.median, d.q1, d.q3}, values, GroupColor(i));
    } else {
      PointsWithSummary(axes, x, {d.median, d.q1, d.q3}, values, GroupColor(i));
    }
  }
  axes.DrawFrame();
}

double GroupValuesPanelHeight(cairo_t* cr, double cell_width, double plot_height, const std::string& heading,
                              const std::string& axis_label, const std::vector<analysis::GroupValues>& groups,
                              const analysis::ComparisonRow* test) {
  const PanelLayout panel = LayOutPanel(cr, cell_width, heading, axis_label, groups, test);
  const Margins m = MeasureMargins(cr, panel.spec, cell_width);
  return m.top + m.bottom + plot_height;
}

void MetricByGroup(cairo_t* cr, Rect cell, const std::string& metric, const std::vector<RecordingResult>& results,
                   const std::vector<analysis::ComparisonRow>& group_stats) {
  const auto& catalog = analysis::RecordingMetricCatalog();
  const auto def =
      std::find_if(catalog.begin(), catalog.end(), [&](const auto& m) { return m.name == metric; });
  if (def == catalog.end()) return;
  // The first comparison of the metric: the later group against the first.
  const auto test = std::find_if(group_stats.begin(), group_stats.end(), [&](const analysis::ComparisonRow& row) {
    return row.metric == metric && !row.reference.empty();
  });
  GroupValuesPanel(cr, cell, "", MetricLabel(metric), analysis::ValuesByGroup(results, def->value),
                   test == group_stats.end() ? nullptr : &*test);
}

std::string MetricByGroupCaption(const std::vector<analysis::ComparisonRow>& group_stats, std::string_view table) {
  // The points' bound is said whatever the groups' sizes: the rows may
  // count participants per condition while a violin pools them.
  std::string text = fmt::format(
      "Points: participants (each the mean of their recordings; at most {} a group, every k-th by value); "
      "white "
      "dot: median; black bar: interquartile range; violin (groups of {} or more): kernel density.",
      figures::kMaxViolinPoints, kMinParticipantsForViolin);
  const auto compared = std::find_if(group_stats.begin(), group_stats.end(),
                                     [](const analysis::ComparisonRow& row) { return !row.reference.empty(); });
  if (compared == group_stats.end()) return text;
  const auto comparisons = std::count_if(group_stats.begin(), group_stats.end(),
                                         [](const analysis::ComparisonRow& row) { return !row.reference.empty(); });
  text += fmt::format(
      " p: two-sided Mann\u2013Whitney U test; q: Benjamini\u2013Hochberg across the {} comparisons of "
      "{}; g: Hedges' g of {} \u2212 {} [{:g} % CI].",
      comparisons, table, compared->group, compared->reference, 100 * stats::kDefaultConfidenceLevel);
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
