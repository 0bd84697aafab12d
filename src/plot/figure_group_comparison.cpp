#include "plot/figure_group_comparison.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "analysis/gaze_maps.h"
#include "analysis/group_values.h"
#include "analysis/metric_catalog.h"
#include "figures/axes.h"
#include "figures/heat_map.h"
#include "figures/kde.h"
#include "figures/layout.h"
#include "figures/violin.h"
#include "plot/figure_files.h"
#include "plot/metric_by_group.h"
#include "report/figure_names.h"
#include "stats/descriptive.h"

namespace tobii::plot {

namespace {

using namespace figures;

// Page size in points: a two-column journal figure.
constexpr double kWidthPt = 520;
constexpr double kHeatMapBandPt = 125;  // the heat maps' row
constexpr double kViolinBandPt = 180;   // the violins' row
constexpr double kGapPt = 14;
// Between the metric panels: their letters' strips part them already, and
// the group names need the width.
constexpr double kMetricGapPt = 6;
constexpr double kCaptionInsetPt = 6;  // around the caption below the panels
// Shares of gaze per cell are shown per mille: a cell holds about 0.4 of
// them on a 64 x 36 grid.
constexpr double kPerMille = 1000.0;

Rgb Diverging(double t) { return BlueWhiteRed(t); }

void HeatMapPanel(cairo_t* cr, Rect cell, const std::string& title, const analysis::GazeMap& map,
                  const std::vector<double>& values, const ColorBar& bar) {
  AxesSpec spec;
  spec.title = title;
  spec.box = true;
  spec.x = LinearAxis("x (% of screen)", 0, 100);
  spec.y = LinearAxis("y (% of screen)", 0, 100);
  spec.x.fit_to_ticks = spec.y.fit_to_ticks = false;
  spec.x.tick_count = spec.y.tick_count = 3;
  spec.y.reversed = true;
  Margins margins = MeasureMargins(cr, spec);
  margins.right = std::max(margins.right, ColorBarWidth(cr, bar));
  // The plot keeps the screen's aspect ratio: as wide as the cell allows,
  // unless that is too tall.
  const double aspect = static_cast<double>(map.rows) / map.columns;
  double plot_width = cell.width - margins.left - margins.right;
  const double plot_height = std::min(plot_width * aspect, cell.height - margins.top - margins.bottom);
  plot_width = plot_height / aspect;
  cell.width = plot_width + margins.left + margins.right;
  cell.height = plot_height + margins.top + margins.bottom;
  Axes axes(cr, spec, cell, margins);
  Raster raster{.rows = static_cast<std::size_t>(map.rows),
                .columns = static_cast<std::size_t>(map.columns),
                .values = values,
                .x_min = 0,
                .x_max = 100,
                .y_min = 0,
                .y_max = 100};
  HeatMap(axes, raster, bar.map, bar.min, bar.max);
  axes.DrawFrame();
  DrawColorBar(axes, bar);
}

}  // namespace

std::unique_ptr<Canvas> DrawGroupComparisonFigure(const std::vector<RecordingResult>& results,
                                                  const std::vector<analysis::ComparisonRow>& group_stats,
                                                  const FigureOptions& options,
                                                  const results::FigureDataShelf* shelf) {
  const std::vector<analysis::GazeMap> maps =
      analysis::GroupGazeMaps(results, options.heatmap_sigma_deg, shelf);
  const int heat_maps = static_cast<int>(std::min<std::size_t>(maps.size(), 2)) + (maps.size() >= 2 ? 1 : 0);
  const int violins = static_cast<int>(options.violin_metrics.size());
  std::string caption = MetricByGroupCaption(group_stats);
  if (const std::size_t left_out = analysis::LeftOutOfHeatMaps(results).size(); left_out > 0) {
    caption += fmt::format(" Heat maps: {} recording{} on a screen of another shape left out (problems.csv).",
                           left_out, left_out == 1 ? "" : "s");
  }
  // The caption's height, measured on a scratch canvas: the figure's own
  // size must be known before it is made.
  const double caption_height = [&] {
    const Canvas scratch(1, 1);
    return CaptionHeight(scratch.cr(), kWidthPt - 2 * kCaptionInsetPt, caption);
  }();
  auto canvas =
      std::make_unique<Canvas>(kWidthPt, kHeatMapBandPt + kViolinBandPt + caption_height + 2 * kCaptionInsetPt);
  const Grid top_row(kWidthPt, kHeatMapBandPt, 1, std::max(heat_maps, 1), kGapPt);
  const Grid bottom_row(kWidthPt, kViolinBandPt, 1, std::max(violins, 1), kMetricGapPt);
  const auto below = [](Rect cell) {
    cell.y += kHeatMapBandPt;
    return cell;
  };
  cairo_t* cr = canvas->cr();
  int letter = 0;

  // Heat maps on one scale, so the groups compare by eye.
  double top = 0;
  for (std::size_t g = 0; g < maps.size() && g < 2; ++g) {
    for (double v : maps[g].share) top = std::max(top, v * kPerMille);
  }
  for (std::size_t g = 0; g < maps.size() && g < 2; ++g) {
    if (maps[g].share.empty()) continue;
    std::vector<double> values = maps[g].share;
    for (double& v : values) v *= kPerMille;
    HeatMapPanel(
        cr, PanelLetter(cr, top_row.Cell(0, static_cast<int>(g)), letter++),
        fmt::format("{} (n = {})", maps[g].group.empty() ? "all" : maps[g].group, maps[g].participants),
        maps[g], values, {"Gaze (\u2030/cell)", 0, top > 0 ? top : 1, Viridis});
  }
  if (maps.size() >= 2 && !maps[0].share.empty() && !maps[1].share.empty()) {
    std::vector<double> difference(maps[1].share.size());
    double limit = 0;
    for (std::size_t i = 0; i < difference.size(); ++i) {
      difference[i] = (maps[1].share[i] - maps[0].share[i]) * kPerMille;
      limit = std::max(limit, std::abs(difference[i]));
    }
    HeatMapPanel(cr, PanelLetter(cr, top_row.Cell(0, 2), letter++), fmt::format("{} \u2212 {}", maps[1].group, maps[0].group), maps[1],
                 difference,
                 {"\u0394 gaze (\u2030/cell)", -(limit > 0 ? limit : 1), limit > 0 ? limit : 1, Diverging});
  }
  for (int k = 0; k < violins; ++k) {
    MetricByGroup(cr, PanelLetter(cr, below(bottom_row.Cell(0, k)), letter++),
                  options.violin_metrics[static_cast<std::size_t>(k)], results, group_stats);
  }
  Caption(cr,
          {kCaptionInsetPt, kHeatMapBandPt + kViolinBandPt + kCaptionInsetPt, kWidthPt - 2 * kCaptionInsetPt,
           caption_height},
          caption);
  return canvas;
}

Status WriteGroupComparisonFigure(const std::filesystem::path& out,
                                  const std::vector<RecordingResult>& results,
                                  const std::vector<analysis::ComparisonRow>& group_stats,
                                  const FigureOptions& options, const results::FigureDataShelf* shelf) {
  return WriteFigure(*DrawGroupComparisonFigure(results, group_stats, options, shelf), out,
                     report::kFigure1Name);
}

}  // namespace tobii::plot
