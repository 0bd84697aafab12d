// Axes: one panel's coordinate frame. A linear scale per axis (or
// categories), nice ticks (ticks.h), tick labels, axis labels and a title,
// with margins measured from those labels so that nothing is clipped.
//
// Drawing order: DrawGrid(), then the marks (marks.h, violin.h, heat_map.h),
// then DrawFrame() on top. Coordinates are points on the canvas.
//
// Thread-safety: as the cairo_t it draws on. Memory: the tick labels.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "figures/text.h"

namespace tobii::figures {

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;  // top-left corner and size
  double right() const { return x + width; }
  double bottom() const { return y + height; }
};

struct Margins {
  double left = 0, right = 0, top = 0, bottom = 0;
};

struct Axis {
  std::string label;  // with its unit: "Fixation duration (ms)"
  double min = 0;
  double max = 1;
  // Widen [min, max] to the enclosing nice ticks; false keeps [min, max]
  // (an image's extent) and labels the ticks inside it.
  bool fit_to_ticks = true;
  bool reversed = false;                // max at the start: image rows grow downwards
  std::vector<std::string> categories;  // if any: category i at i, axis from -0.5 to n - 0.5
  int tick_count = 5;                   // about this many ticks
  bool grid = false;                    // light lines across the plot at the ticks
};

// A linear axis over [min, max], and one of categories (groups, areas of
// interest); set further fields on the result.
Axis LinearAxis(std::string label, double min, double max);
Axis CategoryAxis(std::string label, std::vector<std::string> categories);

struct AxesSpec {
  std::string title;  // may hold several lines
  TextStyle title_style = kTitleStyle;
  Axis x;
  Axis y;
  bool box = false;  // a frame on all four sides (heat maps); else left and bottom only
  // One x unit as long as one y unit (screen pixels): the plot area shrinks
  // in one direction and is centred in what the margins leave.
  bool equal_scale = false;
};

// Line widths and spacing of the frame, in points.
inline constexpr double kFrameLineWidth = 0.8;
inline constexpr double kTickLength = 3.5;
inline constexpr double kTickPad = 2.5;   // tick to its label
inline constexpr double kLabelPad = 4.0;  // tick labels to the axis label
inline constexpr double kTitlePad = 6.0;  // title to the plot area

// An axis resolved: its domain, tick positions and tick labels.
struct AxisScale {
  double min = 0, max = 1;
  std::vector<double> ticks;
  std::vector<std::string> labels;
};
AxisScale ResolveAxis(const Axis& axis);

// Category labels fitted to their slots on an x axis so that no two touch:
// wrapped at spaces to the slot's width; where a word is still too wide,
// turned to read upwards, wrapped into as many lines as the slot has room
// for across. `depth_pt` is the room they take below the ticks.
struct CategoryLabels {
  std::vector<std::string> labels;
  bool upright = false;  // turned 90 degrees
  double depth_pt = 0;
};
CategoryLabels FitCategoryLabels(cairo_t* cr, const std::vector<std::string>& categories, double slot_pt);

// The room the labels of `spec` need around its plot area. Category labels
// on x are fitted (FitCategoryLabels) to a plot as wide as `cell_width_pt`
// allows; 0 leaves them as they are.
Margins MeasureMargins(cairo_t* cr, const AxesSpec& spec, double cell_width_pt = 0);

class Axes {
 public:
  // The plot area is `cell` less `margins`; the first form measures them.
  // Panels of a grid pass shared margins (layout.h) so their plots line up.
  // Where neighbouring tick labels would touch, the axis gets fewer ticks.
  Axes(cairo_t* cr, AxesSpec spec, Rect cell);
  Axes(cairo_t* cr, AxesSpec spec, Rect cell, Margins margins);

  cairo_t* cr() const { return cr_; }
  const Rect& plot() const { return plot_; }

  // Data to canvas coordinates (points); linear, extrapolated outside.
  double X(double x) const;
  double Y(double y) const;

  void DrawGrid() const;
  void DrawFrame() const;

 private:
  cairo_t* cr_;
  AxesSpec spec_;
  Rect plot_;
  AxisScale x_;
  AxisScale y_;
  CategoryLabels x_categories_;  // x's labels as drawn, when it has categories
};

// Clips drawing to the axes' plot area while it lives (cairo_save/restore).
class PlotClip {
 public:
  explicit PlotClip(const Axes& axes);
  ~PlotClip();
  PlotClip(const PlotClip&) = delete;
  PlotClip& operator=(const PlotClip&) = delete;

 private:
  cairo_t* cr_;
};

}  // namespace tobii::figures
