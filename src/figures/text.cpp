#include "figures/text.h"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <numbers>

namespace tobii::figures {

namespace {

// A layout for `cr`'s current transformation. Font sizes are absolute, in
// user units (points); no hinting and no rounding of glyph positions, so the
// measured size does not depend on the output's resolution.
PangoLayout* MakeLayout(cairo_t* cr, std::string_view text, const TextStyle& style) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoContext* context = pango_layout_get_context(layout);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(context, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context, FALSE);
  pango_layout_context_changed(layout);

  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family_static(font, kFontFamily);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size(font, style.size_pt * PANGO_SCALE);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);

  const int length = static_cast<int>(text.size());
  if (style.markup) {
    pango_layout_set_markup(layout, text.data(), length);
  } else {
    pango_layout_set_text(layout, text.data(), length);
  }
  return layout;
}

const cairo_user_data_key_t kTextBoxesKey{};

std::vector<TextBox>* RecordedBoxes(cairo_t* cr) {
  return static_cast<std::vector<TextBox>*>(cairo_get_user_data(cr, &kTextBoxesKey));
}

// The canvas box of the rectangle (x, y, width, height) in `cr`'s user space.
TextBox BoxOnCanvas(cairo_t* cr, std::string_view text, double x, double y, double width, double height) {
  TextBox box{std::string(text), INFINITY, INFINITY, -INFINITY, -INFINITY};
  for (const auto& [cx, cy] : {std::pair{x, y}, {x + width, y}, {x, y + height}, {x + width, y + height}}) {
    double dx = cx, dy = cy;
    cairo_user_to_device(cr, &dx, &dy);
    box.left = std::min(box.left, dx);
    box.right = std::max(box.right, dx);
    box.top = std::min(box.top, dy);
    box.bottom = std::max(box.bottom, dy);
  }
  return box;
}

double Offset(Align align, double size) {
  switch (align) {
    case Align::kStart:
      return 0;
    case Align::kCenter:
      return -size / 2;
    case Align::kEnd:
      return -size;
  }
  return 0;
}

}  // namespace

TextExtent MeasureText(cairo_t* cr, std::string_view text, const TextStyle& style) {
  PangoLayout* layout = MakeLayout(cr, text, style);
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  g_object_unref(layout);
  return {static_cast<double>(logical.width) / PANGO_SCALE,
          static_cast<double>(logical.height) / PANGO_SCALE};
}

std::string WrapText(cairo_t* cr, std::string_view text, const TextStyle& style, double max_width_pt) {
  std::string wrapped, line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    std::string longer = line.empty() ? std::string(word) : line;
    if (!line.empty()) longer.append(" ").append(word);
    if (line.empty() || MeasureText(cr, longer, style).width_pt <= max_width_pt) {
      line = std::move(longer);
      continue;
    }
    wrapped.append(line).append("\n");
    line = std::string(word);
  }
  return wrapped.append(line);
}

void RecordTextBoxes(cairo_t* cr, std::vector<TextBox>* boxes) {
  cairo_set_user_data(cr, &kTextBoxesKey, boxes, nullptr);
}

void DrawText(cairo_t* cr, std::string_view text, const TextStyle& style, double x, double y, Align along,
              Align across, double angle_deg) {
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_rotate(cr, -angle_deg * std::numbers::pi / 180.0);
  PangoLayout* layout = MakeLayout(cr, text, style);
  // Lines of a label centred on its point are centred on each other.
  if (along == Align::kCenter) pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  const double width = static_cast<double>(logical.width) / PANGO_SCALE;
  const double height = static_cast<double>(logical.height) / PANGO_SCALE;
  const double left = Offset(along, width), top = Offset(across, height);
  if (std::vector<TextBox>* boxes = RecordedBoxes(cr); boxes != nullptr)
    boxes->push_back(BoxOnCanvas(cr, text, left, top, width, height));
  cairo_move_to(cr, left - static_cast<double>(logical.x) / PANGO_SCALE,
                top - static_cast<double>(logical.y) / PANGO_SCALE);
  pango_cairo_show_layout(cr, layout);
  cairo_new_path(cr);  // the move_to above is part of the path, which cairo_restore keeps
  g_object_unref(layout);
  cairo_restore(cr);
}

}  // namespace tobii::figures
