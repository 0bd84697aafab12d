#include "figures/layout.h"

#include <algorithm>

namespace tobii::figures {

Grid::Grid(double width_pt, double height_pt, int rows, int columns, double gap_pt, double outer_pt)
    : outer_pt_(outer_pt), gap_pt_(gap_pt) {
  rows = std::max(rows, 1);
  columns = std::max(columns, 1);
  cell_width_ = (width_pt - 2 * outer_pt - (columns - 1) * gap_pt) / columns;
  cell_height_ = (height_pt - 2 * outer_pt - (rows - 1) * gap_pt) / rows;
}

Rect Grid::Cell(int row, int column) const {
  return {outer_pt_ + column * (cell_width_ + gap_pt_), outer_pt_ + row * (cell_height_ + gap_pt_),
          cell_width_, cell_height_};
}

Margins SharedMargins(cairo_t* cr, std::span<const AxesSpec> specs) {
  Margins shared;
  for (const AxesSpec& spec : specs) {
    const Margins m = MeasureMargins(cr, spec);
    shared.left = std::max(shared.left, m.left);
    shared.right = std::max(shared.right, m.right);
    shared.top = std::max(shared.top, m.top);
    shared.bottom = std::max(shared.bottom, m.bottom);
  }
  return shared;
}

}  // namespace tobii::figures
