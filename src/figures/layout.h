// Layout: panels in a grid of rows × columns on one canvas, and margins shared
// between panels so that their plot areas line up.
//
// Plain values; thread-safe.
#pragma once

#include <cairo.h>

#include <span>

#include "figures/axes.h"

namespace tobii::figures {

class Grid {
 public:
  // The canvas less `outer_pt` on each side, split into equal cells with
  // `gap_pt` between them. REQUIRES: rows, columns >= 1.
  Grid(double width_pt, double height_pt, int rows, int columns, double gap_pt = 12.0, double outer_pt = 4.0);

  // The cell of panel (row, column), 0-based from the top left.
  Rect Cell(int row, int column) const;

 private:
  double outer_pt_, gap_pt_, cell_width_, cell_height_;
};

// Per side, the largest margin any of `specs` needs (MeasureMargins).
Margins SharedMargins(cairo_t* cr, std::span<const AxesSpec> specs);

}  // namespace tobii::figures
