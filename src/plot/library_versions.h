// The versions of the drawing libraries (Cairo, Pango) as loaded at run
// time, for run.json: the figures' bytes depend on them. Here because only
// the plotting library links them.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tobii::plot {

// {{"cairo", "1.16.0"}, {"pango", "1.50.12"}}.
std::vector<std::pair<std::string, std::string>> DrawingLibraryVersions();

}  // namespace tobii::plot
