// PNG encoding of a rendered figure, with libpng directly: Cairo's own PNG
// writer uses libpng's slowest settings (every row filter tried, zlib's
// default level), which made PNG encoding over half of a whole run's CPU.
// Figures are flat colours and antialiased edges: the fastest zlib level
// with the Sub filter keeps them small (within a few per cent of Cairo's
// files here) at a fraction of the time.
#pragma once

#include <cairo.h>

#include <string>

#include "tobii/status.h"

namespace tobii::figures {

// Appends `image` (an RGB24 image surface, flushed) to *bytes as an 8-bit
// RGB PNG.
Status EncodePng(cairo_surface_t* image, std::string* bytes);

}  // namespace tobii::figures
