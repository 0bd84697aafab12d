// How a study figure reaches the output folder: written in every format,
// each file whole or not at all, and removed where a figure is not drawn
// this time (the names: report/figure_names.h).
#pragma once

#include <filesystem>
#include <string>

#include "figures/canvas.h"
#include "tobii/status.h"

namespace tobii::plot {

// Writes OUT/figures/NAME.png, .svg and .pdf, each whole or not at all.
Status WriteFigure(const figures::Canvas& canvas, const std::filesystem::path& out, const std::string& name);

// Removes OUT/figures/NAME.* where a figure is not drawn this time.
void RemoveFigure(const std::filesystem::path& out, const std::string& name);

}  // namespace tobii::plot
