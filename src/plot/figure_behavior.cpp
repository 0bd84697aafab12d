#include "plot/figure_behavior.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>

#include "figures/axes.h"
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
constexpr double kHeightPt = 300;
// The panels: the state-behaviour metrics a reader looks at first.
const char* const kMetrics[] = {"pupil_change_pct", "fixation_rate_per_s", "saccade_rate_per_s",
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

  auto canvas = std::make_unique<Canvas>(kWidthPt, kHeightPt);
  const Grid grid(canvas->width_pt(), canvas->height_pt(), 2, 2, 14);
  cairo_t* cr = canvas->cr();
  int panel = 0;
  for (const char* metric : kMetrics) {
    const auto it = bars.find(metric);
    if (it == bars.end()) continue;
    std::vector<std::string> behaviors;
    double low = 0, high = 0;
    for (const auto& [behavior, by_group] : it->second) {
      behaviors.push_back(behavior);
      for (const auto& [group, bar] : by_group) {
        for (double v : {bar.mean, bar.low, bar.high}) {
          if (std::isfinite(v)) low = std::min(low, v), high = std::max(high, v);
        }
      }
    }
    // Room above the bars for the legend of the first panel.
    if (panel == 0 && high > low) high += kLegendRoom * (high - low);
    AxesSpec spec;
    spec.title = MetricLabel(metric);
    spec.x = CategoryAxis("", behaviors);
    spec.y = LinearAxis("mean \u00b1 95 % CI", low, high > low ? high : low + 1);
    spec.y.grid = true;
    Axes axes(cr, spec, grid.Cell(panel / 2, panel % 2));
    axes.DrawGrid();
    const double width = kBarsShare / static_cast<double>(group_names.size());
    for (std::size_t g = 0; g < group_names.size(); ++g) {
      std::vector<double> xs, means, lows, highs;
      for (std::size_t b = 0; b < behaviors.size(); ++b) {
        const auto& by_group = it->second.at(behaviors[b]);
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
    ++panel;
  }
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
