// The study's own AOI definitions (aoi/aoi_definition.h), read from a file a
// researcher writes by hand, for data exported without AOI hit columns.
// Two forms hold the same entries (README: "Areas of interest"):
//
// TOML (aois.toml): [[aoi]] tables, and [[stimulus]] tables that place a
// stimulus's image on the screen for AOIs given in the image's pixels:
//
//   [[stimulus]]
//   name = "face_01.png"           # as the export names the stimulus
//   x = 320                        # the image's top-left corner, screen px
//   y = 60
//   width = 1280                   # the screen px it covers
//   height = 960
//   media_width = 1024             # its own size in px (default: width,
//   media_height = 768             # height: shown at its own size)
//
//   [[aoi]]
//   name = "eyes"
//   stimulus = "face_01.png"       # optional: none, on screen at every moment
//   shape = "rectangle"            # rectangle | ellipse | polygon
//   space = "media"                # screen (default) | media
//   x = 200                        # rectangle: x, y (top-left), width, height
//   y = 250                        # ellipse: cx, cy, rx, ry
//   width = 600                    # polygon: points = [[x, y], [x, y], ...]
//   height = 120
//
// CSV or TSV (aois.csv, aois.tsv, or any table whose header has the
// columns `aoi` and `shape`): one row per AOI with the columns
//
//   aoi, stimulus, shape, space, x, y, width, height, cx, cy, rx, ry, points,
//   media_width, media_height, notes
//
// in any order, only those used needed (headers matched as
// io::HeaderKey does: "Media width" is media_width). A polygon's points are
// "x1 y1; x2 y2; ..." (quoted in a semicolon-separated table). A row of
// shape `image` places its stimulus's image as a [[stimulus]] table does
// (x, y, width, height, media_width, media_height; no aoi). Either
// separator and decimal mark are read (io/delimited_text.h,
// io/number_parser.h); `notes` is for the researcher and not read.
//
// Entries of one name on one stimulus are one AOI of several shapes.
// Everything else is checked, and the first mistake is an error naming the
// file, line and column: an unknown key, column, shape or space; a key the
// shape does not take; a missing or non-finite number; a width, height or
// radius not above 0; a polygon of fewer than 3 points; an AOI in media px
// with no stimulus, or whose stimulus is not placed; a stimulus placed
// twice. A broken file stops the run before the heavy work: it would
// change every recording's AOI metrics.
//
// Memory: the whole file (refused above kMaxAoiFileBytes) and its entries.
#pragma once

#include <string>
#include <string_view>

#include "aoi/aoi_definition.h"
#include "tobii/status.h"

namespace tobii::aoi {

// A hand-written list of AOIs takes kilobytes; anything far larger is not one.
inline constexpr std::size_t kMaxAoiFileBytes = std::size_t{16} << 20;

// The names of the study's AOI file, in any case: a TOML file has no
// header to know it by, and a table so named is read as one even when its
// header is wrong, so that the mistake is told.
inline constexpr std::string_view kAoiFileNames[] = {"aois.toml", "aois.csv", "aois.tsv"};
bool IsAoiFileName(std::string_view file_name);

// Reads the AOI definitions at `path` into *set (set->file = `name`, as
// messages give it): TOML when the file name ends in ".toml", else a CSV
// or TSV table.
Status ReadAoiFile(const std::string& path, const std::string& name, AoiSet* set);

// The same from text already read; `name` is the file as messages give it.
Status ParseAoiToml(std::string_view text, const std::string& name, AoiSet* set);
Status ParseAoiTable(std::string_view text, const std::string& name, AoiSet* set);

}  // namespace tobii::aoi
