#include "figures/marks.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tobii::figures {

namespace {

bool Finite(double a, double b) { return std::isfinite(a) && std::isfinite(b); }

std::size_t Pairs(std::span<const double> a, std::span<const double> b) {
  return std::min(a.size(), b.size());
}

// Outlines of circles: thin and dark grey, so that overlapping ones stay
// apart without a black frame dominating small marks.
constexpr double kOutlineWidthPt = 0.4;
constexpr Rgb kOutlineColor = {0.25, 0.25, 0.25};

}  // namespace

void Points(const Axes& axes, std::span<const double> xs, std::span<const double> ys, Rgb color,
            double radius_pt, double alpha) {
  cairo_t* cr = axes.cr();
  PlotClip clip(axes);
  SetColor(cr, color, alpha);
  for (std::size_t i = 0; i < Pairs(xs, ys); ++i) {
    if (!Finite(xs[i], ys[i])) continue;
    cairo_new_sub_path(cr);
    cairo_arc(cr, axes.X(xs[i]), axes.Y(ys[i]), radius_pt, 0, 2 * std::numbers::pi);
    // One fill per point: with alpha, overlapping points must darken.
    if (alpha < 1) cairo_fill(cr);
  }
  cairo_fill(cr);
}

void Circles(const Axes& axes, std::span<const double> xs, std::span<const double> ys,
             std::span<const double> radii_pt, std::span<const Rgb> fills, double alpha) {
  cairo_t* cr = axes.cr();
  PlotClip clip(axes);
  cairo_set_line_width(cr, kOutlineWidthPt);
  const std::size_t n = std::min({xs.size(), ys.size(), radii_pt.size(), fills.size()});
  for (std::size_t i = 0; i < n; ++i) {
    if (!Finite(xs[i], ys[i]) || !(radii_pt[i] > 0)) continue;
    cairo_new_path(cr);
    cairo_arc(cr, axes.X(xs[i]), axes.Y(ys[i]), radii_pt[i], 0, 2 * std::numbers::pi);
    SetColor(cr, fills[i], alpha);
    cairo_fill_preserve(cr);
    SetColor(cr, kOutlineColor);
    cairo_stroke(cr);
  }
}

void Line(const Axes& axes, std::span<const double> xs, std::span<const double> ys, Rgb color,
          double width_pt) {
  cairo_t* cr = axes.cr();
  PlotClip clip(axes);
  SetColor(cr, color);
  cairo_set_line_width(cr, width_pt);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  bool drawing = false;
  for (std::size_t i = 0; i < Pairs(xs, ys); ++i) {
    if (!Finite(xs[i], ys[i])) {
      drawing = false;
      continue;
    }
    if (drawing) {
      cairo_line_to(cr, axes.X(xs[i]), axes.Y(ys[i]));
    } else {
      cairo_move_to(cr, axes.X(xs[i]), axes.Y(ys[i]));
    }
    drawing = true;
  }
  cairo_stroke(cr);
}

void Bars(const Axes& axes, std::span<const double> xs, std::span<const double> values, double width,
          Rgb color, double baseline) {
  cairo_t* cr = axes.cr();
  PlotClip clip(axes);
  cairo_set_line_width(cr, 0.6);
  for (std::size_t i = 0; i < Pairs(xs, values); ++i) {
    if (!Finite(xs[i], values[i])) continue;
    const double left = axes.X(xs[i] - width / 2);
    const double right = axes.X(xs[i] + width / 2);
    const double top = axes.Y(values[i]);
    const double bottom = axes.Y(baseline);
    cairo_rectangle(cr, left, std::min(top, bottom), right - left, std::abs(bottom - top));
    SetColor(cr, color);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_stroke(cr);
  }
}

void ErrorBars(const Axes& axes, std::span<const double> xs, std::span<const double> lows,
               std::span<const double> highs, double cap_pt) {
  cairo_t* cr = axes.cr();
  PlotClip clip(axes);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 1.0);
  for (std::size_t i = 0; i < std::min(Pairs(xs, lows), highs.size()); ++i) {
    if (!Finite(xs[i], lows[i]) || !std::isfinite(highs[i])) continue;
    const double x = axes.X(xs[i]);
    for (double y : {axes.Y(lows[i]), axes.Y(highs[i])}) {
      cairo_move_to(cr, x - cap_pt / 2, y);
      cairo_line_to(cr, x + cap_pt / 2, y);
    }
    cairo_move_to(cr, x, axes.Y(lows[i]));
    cairo_line_to(cr, x, axes.Y(highs[i]));
  }
  cairo_stroke(cr);
}

void Spans(const Axes& axes, std::span<const double> starts, std::span<const double> ends, Rgb color,
           double alpha) {
  cairo_t* cr = axes.cr();
  PlotClip clip(axes);
  SetColor(cr, color, alpha);
  const Rect& plot = axes.plot();
  for (std::size_t i = 0; i < Pairs(starts, ends); ++i) {
    if (!Finite(starts[i], ends[i])) continue;
    const double a = axes.X(starts[i]);
    const double b = axes.X(ends[i]);
    cairo_rectangle(cr, std::min(a, b), plot.y, std::abs(b - a), plot.height);
  }
  cairo_fill(cr);
}

}  // namespace tobii::figures
