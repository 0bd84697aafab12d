#include "figures/heat_map.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "figures/text.h"

namespace tobii::figures {

namespace {

constexpr double kBarGap = 8.0;
constexpr double kBarWidth = 8.0;
constexpr int kBarSteps = 256;
constexpr double kBarLabelSpace = 2.0;  // at least between neighbouring tick labels

std::uint32_t Pixel(Rgb c) {
  const auto channel = [](double v) {
    return static_cast<std::uint32_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
  };
  return 0xFF000000u | channel(c.r) << 16 | channel(c.g) << 8 | channel(c.b);
}

// Paints `image` (width × height pixels) over the canvas rectangle from
// (x0, y0) to (x1, y1), pixel (0, 0) at (x0, y0), without smoothing.
void PaintImage(cairo_t* cr, cairo_surface_t* image, double x0, double y0, double x1, double y1) {
  const int width = cairo_image_surface_get_width(image);
  const int height = cairo_image_surface_get_height(image);
  cairo_save(cr);
  cairo_translate(cr, x0, y0);
  cairo_scale(cr, (x1 - x0) / width, (y1 - y0) / height);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST);
  cairo_rectangle(cr, 0, 0, width, height);
  cairo_fill(cr);
  cairo_restore(cr);
}

// An image of `width` × `height` pixels whose pixel (column, row) is
// color(column, row); writes straight into Cairo's premultiplied ARGB32.
template <typename ColorOf>
cairo_surface_t* MakeImage(int width, int height, ColorOf color) {
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_flush(image);
  unsigned char* data = cairo_image_surface_get_data(image);
  const int stride = cairo_image_surface_get_stride(image);
  for (int row = 0; row < height && data != nullptr; ++row) {
    auto* pixels = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(row) * stride);
    for (int column = 0; column < width; ++column) pixels[column] = color(column, row);
  }
  cairo_surface_mark_dirty(image);
  return image;
}

// The bar's ticks: inside [min, max], which the bar spans exactly.
// The bar's ticks: fewer where `length_pt` (0: not known yet) is too
// short for their labels to stand apart.
AxisScale BarScale(cairo_t* cr, const ColorBar& bar, double length_pt = 0) {
  Axis axis = LinearAxis("", bar.min, bar.max);
  axis.fit_to_ticks = false;
  axis.tick_count = bar.tick_count;
  AxisScale scale = ResolveAxis(axis);
  const double label_height = MeasureText(cr, "0", kTickLabelStyle).height_pt;
  while (length_pt > 0 && axis.tick_count > 2 && scale.ticks.size() >= 2 &&
         (scale.ticks[1] - scale.ticks[0]) / (scale.max - scale.min) * length_pt < label_height + kBarLabelSpace) {
    --axis.tick_count;
    scale = ResolveAxis(axis);
  }
  return scale;
}

}  // namespace

void HeatMap(const Axes& axes, const Raster& raster, ColorMap map, double value_min, double value_max) {
  if (raster.rows == 0 || raster.columns == 0 || raster.values.size() != raster.rows * raster.columns) return;
  const double span = value_max - value_min;
  cairo_surface_t* image = MakeImage(static_cast<int>(raster.columns), static_cast<int>(raster.rows),
                                     [&](int column, int row) -> std::uint32_t {
                                       const double v = raster.values[row * raster.columns + column];
                                       return std::isnan(v) ? 0 : Pixel(map((v - value_min) / span));
                                     });
  PlotClip clip(axes);
  PaintImage(axes.cr(), image, axes.X(raster.x_min), axes.Y(raster.y_min), axes.X(raster.x_max),
             axes.Y(raster.y_max));
  cairo_surface_destroy(image);
}

double ColorBarWidth(cairo_t* cr, const ColorBar& bar) {
  double widest = 0;
  for (const std::string& label : BarScale(cr, bar).labels) {
    widest = std::max(widest, MeasureText(cr, label, kTickLabelStyle).width_pt);
  }
  double width = kBarGap + kBarWidth + kTickLength + kTickPad + widest + 2.0;
  if (!bar.label.empty()) width += kLabelPad + MeasureText(cr, bar.label, kAxisLabelStyle).height_pt;
  return width;
}

void DrawColorBar(const Axes& axes, const ColorBar& bar) {
  cairo_t* cr = axes.cr();
  const Rect& plot = axes.plot();
  const double left = plot.right() + kBarGap;
  const double right = left + kBarWidth;
  cairo_surface_t* image = MakeImage(1, kBarSteps, [&](int, int row) {
    return Pixel(bar.map(1.0 - (row + 0.5) / kBarSteps));  // top row: the high end
  });
  PaintImage(cr, image, left, plot.y, right, plot.bottom());
  cairo_surface_destroy(image);

  const AxisScale scale = BarScale(cr, bar, plot.height);
  const auto y_of = [&](double v) {
    return plot.bottom() - (v - scale.min) / (scale.max - scale.min) * plot.height;
  };
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, kFrameLineWidth);
  cairo_rectangle(cr, left, plot.y, kBarWidth, plot.height);
  for (double t : scale.ticks) {
    cairo_move_to(cr, right, y_of(t));
    cairo_line_to(cr, right + kTickLength, y_of(t));
  }
  cairo_stroke(cr);
  double widest = 0;
  for (std::size_t i = 0; i < scale.ticks.size(); ++i) {
    DrawText(cr, scale.labels[i], kTickLabelStyle, right + kTickLength + kTickPad, y_of(scale.ticks[i]),
             Align::kStart, Align::kCenter);
    widest = std::max(widest, MeasureText(cr, scale.labels[i], kTickLabelStyle).width_pt);
  }
  if (!bar.label.empty()) {
    DrawText(cr, bar.label, kAxisLabelStyle, right + kTickLength + kTickPad + widest + kLabelPad,
             plot.y + plot.height / 2, Align::kCenter, Align::kStart, 90);
  }
  cairo_restore(cr);
}

}  // namespace tobii::figures
