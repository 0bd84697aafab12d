#include "figures/violin.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "figures/marks.h"

namespace tobii::figures {

void Violin(const Axes& axes, double x, const Density& density, const ViolinSummary& summary,
            std::span<const double> values, Rgb color, double half_width) {
  cairo_t* cr = axes.cr();
  {
    PlotClip clip(axes);
    const double peak =
        density.density.empty() ? 0 : *std::max_element(density.density.begin(), density.density.end());
    if (peak > 0) {
      const std::size_t n = std::min(density.x.size(), density.density.size());
      for (std::size_t i = 0; i < n; ++i) {  // up the right side
        cairo_line_to(cr, axes.X(x + half_width * density.density[i] / peak), axes.Y(density.x[i]));
      }
      for (std::size_t i = n; i-- > 0;) {  // down the left
        cairo_line_to(cr, axes.X(x - half_width * density.density[i] / peak), axes.Y(density.x[i]));
      }
      cairo_close_path(cr);
      SetColor(cr, Lighter(color, 0.55));
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
      cairo_set_line_width(cr, 0.6);
      cairo_stroke(cr);
    }
  }
  JitteredPoints(axes, x, values, color, half_width / 4, 1.5, kMaxViolinPoints);
  MedianAndIqr(axes, x, summary);
}

void MedianAndIqr(const Axes& axes, double x, const ViolinSummary& summary) {
  cairo_t* cr = axes.cr();
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, kIqrBarWidthPt);
  cairo_move_to(cr, axes.X(x), axes.Y(summary.q1));
  cairo_line_to(cr, axes.X(x), axes.Y(summary.q3));
  cairo_stroke(cr);
  cairo_arc(cr, axes.X(x), axes.Y(summary.median), kMedianDotRadiusPt, 0, 2 * std::numbers::pi);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill_preserve(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.9);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void PointsWithSummary(const Axes& axes, double x, const ViolinSummary& summary, std::span<const double> values,
                       Rgb color, double half_width) {
  // The points left of centre, the summary right of it, so that neither
  // hides the other.
  JitteredPoints(axes, x - half_width / 4, values, color, half_width / 4, 2.0);
  MedianAndIqr(axes, x + half_width / 2, summary);
}

void JitteredPoints(const Axes& axes, double x, std::span<const double> values, Rgb color, double jitter,
                    double radius_pt, std::size_t max_points) {
  // By rank, not by input order: values next to each other in height get
  // offsets far apart (the golden-ratio sequence), so close points part.
  std::vector<std::size_t> order(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  const double golden = (std::sqrt(5.0) - 1) / 2;
  const std::size_t step = values.size() <= max_points ? 1 : (values.size() + max_points - 1) / max_points;
  std::vector<double> xs(values.size());
  std::vector<bool> drawn(values.size(), false);
  for (std::size_t rank = 0, k = 0; rank < order.size(); rank += step, ++k) {
    const double u = std::fmod(0.5 + golden * static_cast<double>(k), 1.0);  // evenly spread in [0, 1)
    xs[order[rank]] = x + jitter * (2 * u - 1);
    drawn[order[rank]] = true;
  }
  if (step == 1) return Points(axes, xs, values, color, radius_pt);
  // In the values' order, as when every one is drawn.
  std::vector<double> kept_x, kept_y;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!drawn[i]) continue;
    kept_x.push_back(xs[i]);
    kept_y.push_back(values[i]);
  }
  Points(axes, kept_x, kept_y, color, radius_pt);
}

}  // namespace tobii::figures
