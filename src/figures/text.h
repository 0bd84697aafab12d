// Text through Pango in one fixed family (DejaVu Sans, Debian's
// fonts-dejavu-core), measured rather than estimated, so margins fit the
// labels exactly. Hinting is off, so a label has the same size in points at
// every resolution and in every format.
//
// Stateless; a PangoLayout per call. Thread-safety: as Cairo's, one cairo_t
// per thread.
#pragma once

#include <cairo.h>

#include <string>
#include <string_view>
#include <vector>

namespace tobii::figures {

inline constexpr const char* kFontFamily = "DejaVu Sans";

struct TextStyle {
  double size_pt = 8.0;
  bool bold = false;
  bool markup = false;  // Pango markup: "<i>p</i> = 0.01", "x<sub>1</sub>"
};

// The sizes every figure uses (journal figures: 7-9 pt once printed).
inline constexpr TextStyle kTickLabelStyle = {8.0};
inline constexpr TextStyle kAxisLabelStyle = {9.0};
inline constexpr TextStyle kTitleStyle = {9.0};

struct TextExtent {
  double width_pt = 0;   // along the line of text
  double height_pt = 0;  // across it: one line's ascent + descent
};

enum class Align { kStart, kCenter, kEnd };

// The logical extent of `text`, unrotated.
TextExtent MeasureText(cairo_t* cr, std::string_view text, const TextStyle& style);

// Breaks `text` into lines at spaces so that each is at most `max_width_pt`
// wide where the words allow (a word wider than that keeps a line of its
// own); the lines are joined by '\n', which MeasureText and DrawText take.
std::string WrapText(cairo_t* cr, std::string_view text, const TextStyle& style, double max_width_pt);

// The area a drawn text covers on the canvas: its logical extent after
// rotation, as an axis-aligned box in points (exact for 0 and 90 degrees).
struct TextBox {
  std::string text;
  double left = 0, top = 0, right = 0, bottom = 0;
};

// From now on, DrawText on `cr` appends each text's box to *boxes (which
// must outlive `cr`'s use); nullptr stops it. The canvas keeps one list per
// figure, for the layout tests.
void RecordTextBoxes(cairo_t* cr, std::vector<TextBox>* boxes);

// Draws `text` in the current source colour so that its extent's point
// (along, across) lies at (x, y): kStart is the left (top) edge, kEnd the
// right (bottom) edge, both before rotating by `angle_deg` counter-clockwise
// about that point (90 for a y-axis label, read bottom to top).
void DrawText(cairo_t* cr, std::string_view text, const TextStyle& style, double x, double y, Align along,
              Align across, double angle_deg = 0);

}  // namespace tobii::figures
