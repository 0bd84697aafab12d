// Heat maps: a grid of values drawn through a colour map as crisp cells, and
// the colour bar that reads them.
//
// Stateless; thread-safety as the cairo_t of the Axes. Memory: one image of
// rows × columns pixels while drawing.
#pragma once

#include <cairo.h>

#include <cstddef>
#include <string>
#include <vector>

#include "figures/axes.h"
#include "figures/palette.h"

namespace tobii::figures {

struct Raster {
  std::size_t rows = 0;
  std::size_t columns = 0;
  std::vector<double> values;  // row-major: values[row * columns + column]; NaN: no data, left blank
  // The extent in data units: column 0 starts at x_min, row 0 at y_min (the
  // top when the y axis is reversed, as for screen pixels).
  double x_min = 0, x_max = 1;
  double y_min = 0, y_max = 1;
};

// Each cell in map((v - value_min) / (value_max - value_min)), clamped.
// REQUIRES: values.size() == rows · columns (otherwise nothing is drawn).
void HeatMap(const Axes& axes, const Raster& raster, ColorMap map, double value_min, double value_max);

struct ColorBar {
  std::string label;  // with its unit: "Dwell (‰)"
  double min = 0;     // the heat map's value_min and value_max
  double max = 1;
  ColorMap map = Viridis;
  int tick_count = 5;
};

// The room a colour bar takes right of the plot area: add it to
// Margins::right.
double ColorBarWidth(cairo_t* cr, const ColorBar& bar);

// The bar beside the plot area, as tall as it, with ticks and its label.
void DrawColorBar(const Axes& axes, const ColorBar& bar);

}  // namespace tobii::figures
