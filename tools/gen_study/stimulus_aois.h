// The areas of interest (AOIs) planted on the study's images: each image
// has a face (an ellipse), the eyes (a rectangle inside the face) and a
// caption (a polygon: a speech bubble, its tail towards the face), in
// screen px (the images fill the screen). Positions vary from image to
// image but not between studies: they depend on the image alone.
//
// The same shapes go to aois.toml (the study's AOI definitions), to the
// `AOI hit [...]` columns of the Pro Lab exports that carry them and to
// truth/<recording>_aois.csv. Every coordinate is a whole pixel, so that
// the hit test of a whole-pixel gaze point is exact, boundary included.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "gen_study/random.h"

namespace tobii::gen {

enum class AoiShape { kRectangle, kEllipse, kPolygon };

struct PixelPoint {
  double x = 0, y = 0;
};

struct PlantedAoi {
  PlantedAoi(const char* aoi_name, AoiShape aoi_shape) : name(aoi_name), shape(aoi_shape) {}
  const char* name = "";
  AoiShape shape = AoiShape::kRectangle;
  double x = 0, y = 0, width = 0, height = 0;  // rectangle: top-left corner and size
  double cx = 0, cy = 0, rx = 0, ry = 0;       // ellipse: centre and radii
  std::vector<PixelPoint> points;              // polygon: vertices in order
};

// The AOIs of every image, in this order (bit k of a hit mask is AOI k).
inline constexpr int kFaceAoi = 0, kEyesAoi = 1, kTextAoi = 2;
inline constexpr int kAoisPerImage = 3;
inline constexpr std::array<const char*, kAoisPerImage> kAoiNames = {"face", "eyes", "text"};

// Whether the screen point lies on the AOI, its boundary included.
bool Contains(const PlantedAoi& aoi, double x_px, double y_px);

// The AOIs of image `image` (1 .. kStimulusImageCount), in kAoiNames order.
const std::vector<PlantedAoi>& AoisOfImage(int image);

// Bit k set when (x_px, y_px) lies on AOI k of the image.
std::uint32_t AoiHits(int image, double x_px, double y_px);

// A point drawn uniformly on the AOI, at least `inset_px` inside its
// bounding box (rejection sampling).
PixelPoint PointOn(const PlantedAoi& aoi, double inset_px, Rng* rng);

// The study's AOI definitions file, aois.toml: one [[aoi]] table per AOI of
// images 1 .. `images` (name, stimulus, shape, space = "screen" and the
// shape's numbers: rectangle x, y, width, height; ellipse cx, cy, rx, ry;
// polygon points = [[x, y], ...]). Only the images a recording shows: an
// AOI on an image no recording shows is named in the run's problems.
std::string AoisToml(int images);

}  // namespace tobii::gen
