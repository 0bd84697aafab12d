#include "plot/library_versions.h"

#include <cairo.h>
#include <pango/pango.h>

namespace tobii::plot {

std::vector<std::pair<std::string, std::string>> DrawingLibraryVersions() {
  return {{"cairo", cairo_version_string()}, {"pango", pango_version_string()}};
}

}  // namespace tobii::plot
