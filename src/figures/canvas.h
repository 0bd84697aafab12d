// Canvas: one figure of a fixed size in points (1/72 inch), drawn once and
// written as PNG (at any resolution), SVG or PDF.
//
// Why a chart layer of our own: no maintained C++ plotting library packaged
// in Debian reaches journal quality (PLplot's defaults look dated, MathGL
// needs many workarounds and is effectively GPL, gnuplot is a subprocess fed
// script text; Matplot++, sciplot and JKQtPlotter are not packaged; see
// ../shared/reference/dependencies.md). So figures are drawn with Cairo
// (antialiased vector output) and Pango (measured text), and src/figures/
// holds the small layer above them: ticks, axes, palettes, marks, layout.
// doc/figures.md says how a figure is put together.
//
// Drawing goes into a Cairo recording surface; Render() replays it onto a
// PNG, SVG or PDF surface in memory, and Write() puts those bytes on disk
// through io::WriteFileAtomically (NAME.partial, then rename). The output is
// byte-deterministic: the PDF's dates are pinned, and the SVG ids that Cairo
// numbers from a process-wide counter are renumbered in order of appearance.
//
// Thread-safety: one Canvas per thread. Memory: the recorded drawing, one
// rendered file and the box of every text drawn (a few dozen per figure).
#pragma once

#include <cairo.h>

#include <filesystem>
#include <string>
#include <vector>

#include "figures/text.h"

#include "tobii/status.h"

namespace tobii::figures {

enum class ImageFormat { kPng, kSvg, kPdf };

inline constexpr double kDefaultDpi = 300.0;

class Canvas {
 public:
  // A white canvas; user units of cr() are points, origin top-left.
  Canvas(double width_pt, double height_pt);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  cairo_t* cr() const { return cr_; }
  // Every text drawn on cr() so far, in drawing order (text.h): what the
  // layout tests check for overlaps and for text off the canvas.
  const std::vector<TextBox>& text_boxes() const { return text_boxes_; }
  double width_pt() const { return width_pt_; }
  double height_pt() const { return height_pt_; }

  // The finished file's bytes; `dpi` matters for PNG only (pixels =
  // points · dpi / 72, rounded). Fails if drawing left Cairo in an error state.
  Status Render(ImageFormat format, std::string* bytes, double dpi = kDefaultDpi) const;

  // Writes `path` whole or not at all; the format comes from its extension
  // (.png, .svg, .pdf).
  Status Write(const std::filesystem::path& path, double dpi = kDefaultDpi) const;

 private:
  double width_pt_;
  double height_pt_;
  cairo_surface_t* recording_ = nullptr;
  cairo_t* cr_ = nullptr;
  std::vector<TextBox> text_boxes_;
};

}  // namespace tobii::figures
