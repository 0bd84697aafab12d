// The study's figures inlined as SVG at the page's full width, each with
// its caption and the names of its PNG, SVG and PDF files; the sample
// figures the last drawing left; a note for a figure not drawn.
//
// Thread-safety: plain functions.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tobii::report {

// The section's HTML for the figures in `out`/figures (figure 4 is the
// AOI section's: report/aoi_section.h).
std::string FiguresSection(const std::filesystem::path& out);

// One figure, `out`/figures/`name`.svg inlined with its caption (plain
// text); a note when it was not drawn.
std::string FigureHtml(const std::filesystem::path& out, const std::string& name, const std::string& caption);

// Cairo numbers the ids of every SVG from 1 (glyph0-1, clip1, ...), so
// two inlined figures would share them; this prefixes each id and each
// reference to one.
std::string PrefixSvgIds(std::string_view svg, std::string_view prefix);

}  // namespace tobii::report
