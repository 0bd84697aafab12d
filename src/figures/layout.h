// Layout: panels in a grid of rows × columns on one canvas, and margins shared
// between panels so that their plot areas line up.
//
// Plain values; thread-safe.
#pragma once

#include <cairo.h>

#include <span>
#include <string_view>

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

// The letter that names panel `index` (0 -> "A") in bold at the top-left
// corner of its cell, so that a text can point to "Figure 1B". Returns the
// cell less a strip on the left as wide as the letter: the panel drawn
// there cannot run into it.
inline constexpr double kPanelLetterSizePt = 11.0;
Rect PanelLetter(cairo_t* cr, const Rect& cell, int index);

// The width of that strip.
double PanelLetterStripWidth(cairo_t* cr);

// A caption in `area`: small type, wrapped to its width, from its top left.
void Caption(cairo_t* cr, const Rect& area, std::string_view text);

// The height Caption needs for `text` in a band `width_pt` wide.
double CaptionHeight(cairo_t* cr, double width_pt, std::string_view text);

// Per side, the largest margin any of `specs` needs (MeasureMargins).
Margins SharedMargins(cairo_t* cr, std::span<const AxesSpec> specs);

}  // namespace tobii::figures
