// AOIs a study defines itself (a TOML or CSV file in the study: aoi/aoi_file.h),
// hit-tested by us, so that data exported without AOI hit columns can
// still be analysed by area of interest. Shapes are in screen pixels
// (DACS px, as the gaze point) or in the pixels of a stimulus's image
// (media px), which the file places on the screen.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace tobii::aoi {

enum class Shape { kRectangle, kEllipse, kPolygon };
enum class Space { kScreen, kMedia };

struct Point {
  double x = 0;
  double y = 0;
};

struct AoiDefinition {
  std::string name;
  // The stimulus it lies on (`Presented Stimulus name`, the value of an
  // ImageStimulusStart event); empty: it applies at every moment, on any
  // stimulus or none.
  std::string stimulus;
  Shape shape = Shape::kRectangle;
  Space space = Space::kScreen;
  // Rectangle: top-left and bottom-right corners. Ellipse: centre, then
  // the radii as (x, y). Polygon: its vertices in order (at least three).
  std::vector<Point> points;
  std::string where;  // "aois.toml:12", for messages
};

// Where a stimulus's image lies on the screen, for AOIs in media px:
// screen = (x_px, y_px) + media * scale.
struct MediaPlacement {
  double x_px = 0;
  double y_px = 0;
  double scale_x = 1;
  double scale_y = 1;
};

// Whether the screen point (x_px, y_px) lies on `aoi`, its boundary
// included (a point on a rectangle's side, on an ellipse's curve or on a
// polygon's edge is on it). A polygon may cross itself: it holds the
// points its outline winds around (the nonzero winding rule, as Cairo and
// SVG fill by default), so a five-pointed star drawn in one stroke holds
// its centre. An AOI in media px is tested at the gaze point taken into
// the image's pixels through `placement`; without one it holds nothing
// (aoi/aoi_file.h refuses such an AOI).
bool Contains(const AoiDefinition& aoi, double x_px, double y_px, const MediaPlacement* placement);

// Every AOI a study defines, with where each stimulus lies. Definitions of
// the same name on the same stimulus are one AOI of several shapes (both
// hands): a point on any of them is on it.
struct AoiSet {
  std::string file;  // relative to the study; empty when the study defines none
  std::vector<AoiDefinition> aois;                   // in the file's order
  std::map<std::string, MediaPlacement> placements;  // by stimulus
  bool empty() const { return aois.empty(); }
  const MediaPlacement* PlacementOf(const std::string& stimulus) const {
    auto it = placements.find(stimulus);
    return it == placements.end() ? nullptr : &it->second;
  }
};

}  // namespace tobii::aoi
