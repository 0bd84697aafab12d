#include "figures/legend.h"

#include <algorithm>
#include <numbers>

#include "figures/text.h"

namespace tobii::figures {

namespace {

constexpr double kKeyWidth = 12.0;  // points
constexpr double kKeyGap = 4.0;     // key to label
constexpr double kInset = 4.0;      // plot edge to legend box, box edge to content

}  // namespace

void Legend(const Axes& axes, std::span<const LegendEntry> entries, Corner corner) {
  Legend(axes.cr(), axes.plot(), entries, corner);
}

void Legend(cairo_t* cr, const Rect& plot, std::span<const LegendEntry> entries, Corner corner) {
  if (entries.empty()) return;
  double label_width = 0;
  double line_height = 0;
  for (const LegendEntry& e : entries) {
    const TextExtent extent = MeasureText(cr, e.label, kTickLabelStyle);
    label_width = std::max(label_width, extent.width_pt);
    line_height = std::max(line_height, extent.height_pt);
  }
  const double width = 2 * kInset + kKeyWidth + kKeyGap + label_width;
  const double height = 2 * kInset + line_height * static_cast<double>(entries.size());
  const double left = corner == Corner::kTopRight ? plot.right() - kInset - width : plot.x + kInset;
  const double top = plot.y + kInset;

  cairo_save(cr);
  cairo_rectangle(cr, left, top, width, height);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill(cr);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LegendEntry& e = entries[i];
    const double x = left + kInset;
    const double middle = top + kInset + line_height * (static_cast<double>(i) + 0.5);
    const double key_height = line_height * 0.6;
    SetColor(cr, e.color);
    switch (e.key) {
      case LegendKey::kSwatch:
        cairo_rectangle(cr, x, middle - key_height / 2, kKeyWidth, key_height);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_set_line_width(cr, 0.6);
        cairo_stroke(cr);
        break;
      case LegendKey::kPoint:
        cairo_arc(cr, x + kKeyWidth / 2, middle, 2.0, 0, 2 * std::numbers::pi);
        cairo_fill(cr);
        break;
      case LegendKey::kLine:
        cairo_set_line_width(cr, 1.2);
        cairo_move_to(cr, x, middle);
        cairo_line_to(cr, x + kKeyWidth, middle);
        cairo_stroke(cr);
        break;
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    DrawText(cr, e.label, kTickLabelStyle, x + kKeyWidth + kKeyGap, middle, Align::kStart, Align::kCenter);
  }
  cairo_restore(cr);
}

}  // namespace tobii::figures
