#include "figures/axes.h"

#include <algorithm>
#include <utility>

#include "figures/text.h"
#include "figures/ticks.h"

namespace tobii::figures {

namespace {

constexpr double kEdgePad = 2.0;     // between the outermost label and the cell
constexpr double kLabelSpace = 4.0;  // at least between neighbouring tick labels

double WidestLabel(cairo_t* cr, const std::vector<std::string>& labels) {
  double widest = 0;
  for (const std::string& label : labels)
    widest = std::max(widest, MeasureText(cr, label, kTickLabelStyle).width_pt);
  return widest;
}

double LabelHeight(cairo_t* cr, const std::string& text, const TextStyle& style) {
  return text.empty() ? 0 : MeasureText(cr, text, style).height_pt;
}

// Where v falls between min and max, 0 to 1 (or 1 to 0 when reversed).
double Fraction(const AxisScale& scale, bool reversed, double v) {
  const double f = (v - scale.min) / (scale.max - scale.min);
  return reversed ? 1 - f : f;
}

// The axis resolved with as many of its ticks as fit `length_pt` without
// their labels touching.
AxisScale FitTicks(cairo_t* cr, Axis axis, double length_pt, bool horizontal) {
  AxisScale scale = ResolveAxis(axis);
  while (axis.categories.empty() && axis.tick_count > 2 && scale.ticks.size() >= 2) {
    double needed = 0;
    for (const std::string& label : scale.labels) {
      const TextExtent extent = MeasureText(cr, label, kTickLabelStyle);
      needed = std::max(needed, horizontal ? extent.width_pt : extent.height_pt);
    }
    const double spacing = (scale.ticks[1] - scale.ticks[0]) / (scale.max - scale.min) * length_pt;
    if (spacing >= needed + kLabelSpace) break;
    --axis.tick_count;
    scale = ResolveAxis(axis);
  }
  return scale;
}

// Room for the x tick labels below the ticks: the fitted categories' or
// one line's.
double XLabelsDepth(cairo_t* cr, const CategoryLabels& fitted) {
  return fitted.labels.empty() ? MeasureText(cr, "0", kTickLabelStyle).height_pt : fitted.depth_pt;
}

// The smallest wrapping width (stepping up from the widest word) that
// keeps `text` within `lines` lines.
std::string WrapIntoLines(cairo_t* cr, const std::string& text, int lines) {
  const double whole = MeasureText(cr, text, kTickLabelStyle).width_pt;
  double width = whole / lines;
  for (;;) {
    std::string wrapped = WrapText(cr, text, kTickLabelStyle, width);
    if (std::count(wrapped.begin(), wrapped.end(), '\n') < lines || width >= whole) return wrapped;
    width *= 1.1;
  }
}

}  // namespace

CategoryLabels FitCategoryLabels(cairo_t* cr, const std::vector<std::string>& categories, double slot_pt) {
  CategoryLabels fitted;
  const double room = slot_pt - kLabelSpace;
  bool fits = true;
  for (const std::string& category : categories) {
    fitted.labels.push_back(WrapText(cr, category, kTickLabelStyle, room));
    const TextExtent extent = MeasureText(cr, fitted.labels.back(), kTickLabelStyle);
    fits = fits && extent.width_pt <= room;
    fitted.depth_pt = std::max(fitted.depth_pt, extent.height_pt);
  }
  if (fits) return fitted;
  // Upright: each label's lines stack across the slot.
  const double line = MeasureText(cr, "0", kTickLabelStyle).height_pt;
  const int lines = std::max(1, static_cast<int>(room / line));
  fitted = {{}, true, 0};
  for (const std::string& category : categories) {
    fitted.labels.push_back(WrapIntoLines(cr, category, lines));
    fitted.depth_pt = std::max(fitted.depth_pt, MeasureText(cr, fitted.labels.back(), kTickLabelStyle).width_pt);
  }
  return fitted;
}

Axis LinearAxis(std::string label, double min, double max) {
  Axis axis;
  axis.label = std::move(label);
  axis.min = min;
  axis.max = max;
  return axis;
}

Axis CategoryAxis(std::string label, std::vector<std::string> categories) {
  Axis axis;
  axis.label = std::move(label);
  axis.categories = std::move(categories);
  return axis;
}

AxisScale ResolveAxis(const Axis& axis) {
  AxisScale scale;
  if (!axis.categories.empty()) {
    scale.min = -0.5;
    scale.max = static_cast<double>(axis.categories.size()) - 0.5;
    for (std::size_t i = 0; i < axis.categories.size(); ++i) scale.ticks.push_back(static_cast<double>(i));
    scale.labels = axis.categories;
    return scale;
  }
  const Ticks ticks = NiceTicks(axis.min, axis.max, axis.tick_count);
  if (axis.fit_to_ticks || !(axis.min < axis.max)) {
    scale.min = ticks.nice_min;
    scale.max = ticks.nice_max;
  } else {
    scale.min = axis.min;
    scale.max = axis.max;
  }
  const double tolerance = 1e-9 * (scale.max - scale.min);
  for (double t : ticks.values) {
    if (t < scale.min - tolerance || t > scale.max + tolerance) continue;
    scale.ticks.push_back(t);
    scale.labels.push_back(FormatTick(t, ticks.decimals));
  }
  return scale;
}

Margins MeasureMargins(cairo_t* cr, const AxesSpec& spec, double cell_width_pt) {
  const AxisScale x = ResolveAxis(spec.x);
  const AxisScale y = ResolveAxis(spec.y);
  const double tick_label_height = MeasureText(cr, "0", kTickLabelStyle).height_pt;
  const double outside_ticks = kTickLength + kTickPad;
  Margins m;
  m.left = outside_ticks + WidestLabel(cr, y.labels) + kEdgePad;
  if (!spec.y.label.empty()) m.left += kLabelPad + LabelHeight(cr, spec.y.label, kAxisLabelStyle);
  if (!spec.x.categories.empty()) {
    // Fitted to their slots, the labels stay within the plot's width.
    m.right = kEdgePad;
    const double plot_width = cell_width_pt - m.left - m.right;
    const CategoryLabels fitted =
        cell_width_pt > 0
            ? FitCategoryLabels(cr, spec.x.categories, plot_width / static_cast<double>(spec.x.categories.size()))
            : CategoryLabels{spec.x.categories, false, 0};
    double depth = fitted.depth_pt;
    for (const std::string& label : fitted.labels) {
      if (!fitted.upright) depth = std::max(depth, MeasureText(cr, label, kTickLabelStyle).height_pt);
    }
    m.bottom = outside_ticks + depth + kEdgePad;
  } else {
    m.bottom = outside_ticks + tick_label_height + kEdgePad;
  }
  if (!spec.x.label.empty()) m.bottom += kLabelPad + LabelHeight(cr, spec.x.label, kAxisLabelStyle);
  // The top y label and the last x label stick out of the plot area by half
  // their size.
  m.top = tick_label_height / 2 + kEdgePad;
  if (!spec.title.empty()) m.top = std::max(m.top, LabelHeight(cr, spec.title, spec.title_style) + kTitlePad);
  if (spec.x.categories.empty()) {
    const double last_x_label =
        x.labels.empty() ? 0 : MeasureText(cr, x.labels.back(), kTickLabelStyle).width_pt;
    m.right = last_x_label / 2 + kEdgePad;
  }
  return m;
}

Axes::Axes(cairo_t* cr, AxesSpec spec, Rect cell) : Axes(cr, spec, cell, MeasureMargins(cr, spec, cell.width)) {}

Axes::Axes(cairo_t* cr, AxesSpec spec, Rect cell, Margins margins) : cr_(cr), spec_(std::move(spec)) {
  plot_ = {cell.x + margins.left, cell.y + margins.top,
           std::max(cell.width - margins.left - margins.right, 1.0),
           std::max(cell.height - margins.top - margins.bottom, 1.0)};
  x_ = FitTicks(cr_, spec_.x, plot_.width, true);
  y_ = FitTicks(cr_, spec_.y, plot_.height, false);
  if (spec_.equal_scale) {
    const double height_per_width = (y_.max - y_.min) / (x_.max - x_.min);
    if (plot_.height > plot_.width * height_per_width) {
      const double height = plot_.width * height_per_width;
      plot_.y += (plot_.height - height) / 2;
      plot_.height = height;
    } else {
      const double width = plot_.height / height_per_width;
      plot_.x += (plot_.width - width) / 2;
      plot_.width = width;
    }
    x_ = FitTicks(cr_, spec_.x, plot_.width, true);
    y_ = FitTicks(cr_, spec_.y, plot_.height, false);
  }
  if (!spec_.x.categories.empty()) {
    x_categories_ =
        FitCategoryLabels(cr_, spec_.x.categories, plot_.width / static_cast<double>(spec_.x.categories.size()));
  }
}

double Axes::X(double x) const { return plot_.x + Fraction(x_, spec_.x.reversed, x) * plot_.width; }

double Axes::Y(double y) const { return plot_.bottom() - Fraction(y_, spec_.y.reversed, y) * plot_.height; }

void Axes::DrawGrid() const {
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, 0.85, 0.85, 0.85);
  cairo_set_line_width(cr_, 0.5);
  if (spec_.y.grid) {
    for (double t : y_.ticks) {
      cairo_move_to(cr_, plot_.x, Y(t));
      cairo_line_to(cr_, plot_.right(), Y(t));
    }
  }
  if (spec_.x.grid) {
    for (double t : x_.ticks) {
      cairo_move_to(cr_, X(t), plot_.y);
      cairo_line_to(cr_, X(t), plot_.bottom());
    }
  }
  cairo_stroke(cr_);
  cairo_restore(cr_);
}

void Axes::DrawFrame() const {
  cairo_save(cr_);
  cairo_set_source_rgb(cr_, 0, 0, 0);
  cairo_set_line_width(cr_, kFrameLineWidth);
  cairo_set_line_cap(cr_, CAIRO_LINE_CAP_SQUARE);
  if (spec_.box) {
    cairo_rectangle(cr_, plot_.x, plot_.y, plot_.width, plot_.height);
  } else {
    cairo_move_to(cr_, plot_.x, plot_.y);
    cairo_line_to(cr_, plot_.x, plot_.bottom());
    cairo_line_to(cr_, plot_.right(), plot_.bottom());
  }
  cairo_stroke(cr_);
  cairo_set_line_cap(cr_, CAIRO_LINE_CAP_BUTT);

  // Ticks: none for categories, whose labels say enough.
  if (spec_.y.categories.empty()) {
    for (double t : y_.ticks) {
      cairo_move_to(cr_, plot_.x - kTickLength, Y(t));
      cairo_line_to(cr_, plot_.x, Y(t));
    }
  }
  if (spec_.x.categories.empty()) {
    for (double t : x_.ticks) {
      cairo_move_to(cr_, X(t), plot_.bottom());
      cairo_line_to(cr_, X(t), plot_.bottom() + kTickLength);
    }
  }
  cairo_stroke(cr_);
  const double label_offset = kTickLength + kTickPad;
  for (std::size_t i = 0; i < y_.ticks.size(); ++i) {
    DrawText(cr_, y_.labels[i], kTickLabelStyle, plot_.x - label_offset, Y(y_.ticks[i]), Align::kEnd,
             Align::kCenter);
  }
  const bool upright = x_categories_.upright;
  for (std::size_t i = 0; i < x_.ticks.size(); ++i) {
    const std::string& label = x_categories_.labels.empty() ? x_.labels[i] : x_categories_.labels[i];
    DrawText(cr_, label, kTickLabelStyle, X(x_.ticks[i]), plot_.bottom() + label_offset,
             upright ? Align::kEnd : Align::kCenter, upright ? Align::kCenter : Align::kStart, upright ? 90 : 0);
  }

  if (!spec_.y.label.empty()) {
    const double y_labels_width = WidestLabel(cr_, y_.labels);
    DrawText(cr_, spec_.y.label, kAxisLabelStyle, plot_.x - label_offset - y_labels_width - kLabelPad,
             plot_.y + plot_.height / 2, Align::kCenter, Align::kEnd, 90);
  }
  if (!spec_.x.label.empty()) {
    DrawText(cr_, spec_.x.label, kAxisLabelStyle, plot_.x + plot_.width / 2,
             plot_.bottom() + label_offset + XLabelsDepth(cr_, x_categories_) + kLabelPad, Align::kCenter,
             Align::kStart);
  }
  if (!spec_.title.empty()) {
    DrawText(cr_, spec_.title, spec_.title_style, plot_.x + plot_.width / 2, plot_.y - kTitlePad, Align::kCenter,
             Align::kEnd);
  }
  cairo_restore(cr_);
}

PlotClip::PlotClip(const Axes& axes) : cr_(axes.cr()) {
  cairo_save(cr_);
  const Rect& plot = axes.plot();
  cairo_rectangle(cr_, plot.x, plot.y, plot.width, plot.height);
  cairo_clip(cr_);
}

PlotClip::~PlotClip() { cairo_restore(cr_); }

}  // namespace tobii::figures
