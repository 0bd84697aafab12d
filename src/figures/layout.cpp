#include "figures/layout.h"

#include <algorithm>
#include <string>

#include "figures/palette.h"
#include "figures/text.h"

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

namespace {

constexpr TextStyle kPanelLetterStyle = {kPanelLetterSizePt, true};
constexpr TextStyle kCaptionStyle = {7.5};
constexpr double kPanelLetterPadPt = 2.0;  // between the letter and its panel

}  // namespace

Rect PanelLetter(cairo_t* cr, const Rect& cell, int index) {
  const std::string letter(1, static_cast<char>('A' + index % 26));
  SetColor(cr, {0, 0, 0});
  DrawText(cr, letter, kPanelLetterStyle, cell.x, cell.y, Align::kStart, Align::kStart);
  // As wide as the widest letter, so that all panels of a row keep the
  // same plot width.
  const double strip = PanelLetterStripWidth(cr);
  return {cell.x + strip, cell.y, std::max(cell.width - strip, 1.0), cell.height};
}

double PanelLetterStripWidth(cairo_t* cr) {
  return MeasureText(cr, "W", kPanelLetterStyle).width_pt + kPanelLetterPadPt;
}

void Caption(cairo_t* cr, const Rect& area, std::string_view text) {
  SetColor(cr, {0.2, 0.2, 0.2});
  DrawText(cr, WrapText(cr, text, kCaptionStyle, area.width), kCaptionStyle, area.x, area.y, Align::kStart,
           Align::kStart);
}

double CaptionHeight(cairo_t* cr, double width_pt, std::string_view text) {
  return MeasureText(cr, WrapText(cr, text, kCaptionStyle, width_pt), kCaptionStyle).height_pt;
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
