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
  JitteredPoints(axes, x, values, color, half_width / 4);
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 2.5);
  cairo_move_to(cr, axes.X(x), axes.Y(summary.q1));
  cairo_line_to(cr, axes.X(x), axes.Y(summary.q3));
  cairo_stroke(cr);
  cairo_arc(cr, axes.X(x), axes.Y(summary.median), 2.6, 0, 2 * std::numbers::pi);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill_preserve(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.9);
  cairo_stroke(cr);
  cairo_restore(cr);
}

void JitteredPoints(const Axes& axes, double x, std::span<const double> values, Rgb color, double jitter,
                    double radius_pt) {
  const double golden = (std::sqrt(5.0) - 1) / 2;
  std::vector<double> xs(values.size());
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const double u = std::fmod(0.5 + golden * static_cast<double>(i), 1.0);  // evenly spread in [0, 1)
    xs[i] = x + jitter * (2 * u - 1);
  }
  Points(axes, xs, values, color, radius_pt);
}

}  // namespace tobii::figures
