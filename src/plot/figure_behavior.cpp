#include "plot/figure_behavior.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>

#include "figures/axes.h"
#include "figures/canvas.h"
#include "figures/text.h"
#include "figures/layout.h"
#include "figures/legend.h"
#include "figures/marks.h"
#include "plot/figure_files.h"
#include "plot/metric_label.h"
#include "report/figure_names.h"

namespace tobii::plot {

namespace {

using namespace figures;

constexpr double kWidthPt = 520;
constexpr double kPlotHeightPt = 95;  // each panel's plot; its labels add to it
constexpr double kGapPt = 10;
constexpr double kOuterPt = 4;
constexpr double kCaptionInsetPt = 6;  // around the caption below the panels

// The panels: the state-behaviour metrics a reader looks at first.
const char* const kMetrics[] = {"pupil_change_pct", "fixation_rate_per_min", "saccade_rate_per_min",
                                "fixation_duration_mean_ms"};
// The share of a category's width the bars of all groups take.
constexpr double kBarsShare = 0.8;
constexpr double kLegendRoom = 0.3;  // of the data's range

struct Bar {
  double mean = std::numeric_limits<double>::quiet_NaN();
  double low = mean, high = mean;
};

}  // namespace

std::unique_ptr<Canvas> DrawBehaviorFigure(const std::vector<analysis::ComparisonRow>& summary) {
  // metric -> behaviour -> group -> bar; a group's numbers are the same in
  // every row it appears in.
  std::map<std::string, std::map<std::string, std::map<std::string, Bar>>> bars;
  std::map<std::string, bool> groups;
  for (const analysis::ComparisonRow& row : summary) {
    const auto keep = [&](const std::string& group, const stats::Descriptive& d) {
      groups[group] = true;
      bars[row.metric][row.behavior][group] = {d.mean, d.ci_low, d.ci_high};
    };
    keep(row.group, row.stats.x);
    if (!row.reference.empty()) keep(row.reference, row.stats.y);
  }
  if (bars.empty()) return nullptr;
  std::vector<std::string> group_names;
  for (const auto& [group, unused] : groups) group_names.push_back(group);

  // n per behaviour: the participants of each group who showed it.
  std::map<std::string, std::map<std::string, std::size_t>> counts;  // behaviour -> group -> n
  for (const analysis::ComparisonRow& row : summary) {
    counts[row.behavior][row.group] = std::max(counts[row.behavior][row.group], row.stats.x.n);
    if (!row.reference.empty())
      counts[row.behavior][row.reference] = std::max(counts[row.behavior][row.reference], row.stats.y.n);
  }
  const auto category = [&](const std::string& behavior) {
    std::string ns;
    for (const std::string& group : group_names) {
      const auto& by_group = counts[behavior];
      const auto found = by_group.find(group);
      ns += (ns.empty() ? "" : "\u00a0/\u00a0") + std::to_string(found == by_group.end() ? 0 : found->second);
    }
    return behavior + "\n(n\u00a0=\u00a0" + ns + ")";
  };

  struct Panel {
    const char* metric;
    AxesSpec spec;
  };
  std::vector<Panel> panels;
  for (const char* metric : kMetrics) {
    const auto it = bars.find(metric);
    if (it == bars.end()) continue;
    std::vector<std::string> behaviors;
    double low = 0, high = 0;
    for (const auto& [behavior, by_group] : it->second) {
      behaviors.push_back(category(behavior));
      for (const auto& [group, bar] : by_group) {
        for (double v : {bar.mean, bar.low, bar.high}) {
          if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
        }
      }
    }
    // Room above the bars for the legend of the first panel.
    if (panels.empty() && high > low) high += kLegendRoom * (high - low);
    AxesSpec spec;
    spec.title = MetricLabel(metric);
    spec.x = CategoryAxis("", behaviors);
    spec.y = LinearAxis("Mean (95 % CI)", low, high > low ? high : low + 1);
    spec.y.grid = true;
    panels.push_back({metric, std::move(spec)});
  }

  // Two panels a row while the behaviours' names fit across half the width,
  // else one a row; each row as tall as its plot and the labels need, so
  // that ten long names neither collide nor squeeze the bars away.
  const Canvas scratch(1, 1);
  const double letter_strip = PanelLetterStripWidth(scratch.cr());
  const auto fits_half = [&](const Panel& p) {
    const double cell = (kWidthPt - 2 * kOuterPt - kGapPt) / 2 - letter_strip;
    const Margins m = MeasureMargins(scratch.cr(), p.spec, cell);
    return !FitCategoryLabels(scratch.cr(), p.spec.x.categories,
                              (cell - m.left - m.right) / static_cast<double>(p.spec.x.categories.size()))
                .upright;
  };
  const int columns = std::all_of(panels.begin(), panels.end(), fits_half) ? 2 : 1;
  const int rows = (static_cast<int>(panels.size()) + columns - 1) / columns;
  const double cell_width = (kWidthPt - 2 * kOuterPt - (columns - 1) * kGapPt) / columns - letter_strip;
  double row_height = 0;
  for (const Panel& p : panels) {
    const Margins m = MeasureMargins(scratch.cr(), p.spec, cell_width);
    row_height = std::max(row_height, m.top + m.bottom + kPlotHeightPt);
  }
  const double panels_height = rows * row_height + (rows - 1) * kGapPt + 2 * kOuterPt;
  const std::string caption = fmt::format(
      "Bars: the mean of the participants who showed the behaviour; whiskers: its 95 % CI. n: participants "
      "per group ({}).",
      fmt::join(group_names, " / "));
  const double caption_height = CaptionHeight(scratch.cr(), kWidthPt - 2 * kCaptionInsetPt, caption);

  auto canvas = std::make_unique<Canvas>(kWidthPt, panels_height + caption_height + 2 * kCaptionInsetPt);
  const Grid grid(kWidthPt, panels_height, rows, columns, kGapPt, kOuterPt);
  cairo_t* cr = canvas->cr();
  for (std::size_t panel = 0; panel < panels.size(); ++panel) {
    const auto index = static_cast<int>(panel);
    const Rect cell = PanelLetter(cr, grid.Cell(index / columns, index % columns), index);
    const auto& by_behavior = bars.at(panels[panel].metric);
    std::vector<std::string> behaviors;
    for (const auto& [behavior, unused] : by_behavior) behaviors.push_back(behavior);
    Axes axes(cr, panels[panel].spec, cell);
    axes.DrawGrid();
    const double width = kBarsShare / static_cast<double>(group_names.size());
    for (std::size_t g = 0; g < group_names.size(); ++g) {
      std::vector<double> xs, means, lows, highs;
      for (std::size_t b = 0; b < behaviors.size(); ++b) {
        const auto& by_group = by_behavior.at(behaviors[b]);
        const auto found = by_group.find(group_names[g]);
        if (found == by_group.end() || !std::isfinite(found->second.mean)) continue;
        xs.push_back(static_cast<double>(b) - kBarsShare / 2 + width * (static_cast<double>(g) + 0.5));
        means.push_back(found->second.mean);
        lows.push_back(std::isfinite(found->second.low) ? found->second.low : found->second.mean);
        highs.push_back(std::isfinite(found->second.high) ? found->second.high : found->second.mean);
      }
      Bars(axes, xs, means, width * 0.9, GroupColor(g));
      ErrorBars(axes, xs, lows, highs, 3);
    }
    if (panel == 0) {
      std::vector<LegendEntry> legend;
      for (std::size_t g = 0; g < group_names.size(); ++g) {
        legend.push_back({group_names[g].empty() ? "all" : group_names[g], GroupColor(g)});
      }
      Legend(axes, legend);
    }
    axes.DrawFrame();
  }
  Caption(cr, {kCaptionInsetPt, panels_height + kCaptionInsetPt, kWidthPt - 2 * kCaptionInsetPt, caption_height},
          caption);
  return canvas;
}

Status WriteBehaviorFigure(const std::filesystem::path& out,
                           const std::vector<analysis::ComparisonRow>& summary) {
  const std::unique_ptr<Canvas> canvas = DrawBehaviorFigure(summary);
  if (canvas == nullptr) {
    // Nothing annotated: no figure, and none of an earlier run left to
    // pass for this one's (the report embeds what is there).
    RemoveFigure(out, report::kFigure3Name);
    return Status::Ok();
  }
  return WriteFigure(*canvas, out, report::kFigure3Name);
}

}  // namespace tobii::plot
