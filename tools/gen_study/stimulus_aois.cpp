#include "gen_study/stimulus_aois.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "gen_study/physiology.h"
#include "gen_study/session_plan.h"
#include "tobii/sample.h"

namespace tobii::gen {

namespace {

static_assert(kStimulusImageCount * kAoisPerImage <= static_cast<int>(kMaxAoiColumns),
              "every image's AOIs must fit a sample's hit mask");

// The layouts come from their own random stream, the same in every study.
constexpr std::uint64_t kLayoutSeed = 0x5EED'A015;
// A portrait: a face 300-380 px wide (about 7-9 deg at the viewing
// distance), 1.3 times as tall as wide, in one half of the screen; the
// eyes a band across its upper part; the caption in the other half.
constexpr double kFaceRadiusMinPx = 150, kFaceRadiusMaxPx = 190;
constexpr double kFaceAspect = 1.3;
constexpr double kFaceCentreXMinPx = 420, kFaceCentreXMaxPx = 720;  // from the face's side of the screen
constexpr double kFaceCentreYMinPx = 400, kFaceCentreYMaxPx = 640;
// The eyes, as fractions of the face's radii: a band 1.6 rx wide and
// 0.35 ry high whose top lies 0.45 ry above the centre (inside the ellipse).
constexpr double kEyesHalfWidth = 0.8, kEyesTop = 0.45, kEyesHeight = 0.35;
// The caption: a box 440-600 x 120-180 px with a tail 60 px long.
constexpr double kTextHalfWidthMinPx = 220, kTextHalfWidthMaxPx = 300;
constexpr double kTextHalfHeightMinPx = 60, kTextHalfHeightMaxPx = 90;
constexpr double kTextCentreXMinPx = 1300, kTextCentreXMaxPx = 1500;
constexpr double kTextCentreYMinPx = 250, kTextCentreYMaxPx = 830;
constexpr double kTextTailPx = 60;

double WholePx(double v) { return std::round(v); }

std::vector<PlantedAoi> Layout(int image) {
  Rng rng(kLayoutSeed, static_cast<std::uint64_t>(image));
  // Faces alternate sides; a mirrored x keeps the caption opposite.
  const bool face_left = image % 2 == 1;
  const auto side_x = [&](double x) { return face_left ? x : kScreenWidthPx - x; };

  PlantedAoi face{kAoiNames[kFaceAoi], AoiShape::kEllipse};
  face.rx = WholePx(rng.Uniform(kFaceRadiusMinPx, kFaceRadiusMaxPx));
  face.ry = WholePx(face.rx * kFaceAspect);
  face.cx = WholePx(side_x(rng.Uniform(kFaceCentreXMinPx, kFaceCentreXMaxPx)));
  face.cy = WholePx(rng.Uniform(kFaceCentreYMinPx, kFaceCentreYMaxPx));

  PlantedAoi eyes{kAoiNames[kEyesAoi], AoiShape::kRectangle};
  eyes.x = WholePx(face.cx - kEyesHalfWidth * face.rx);
  eyes.y = WholePx(face.cy - kEyesTop * face.ry);
  eyes.width = WholePx(2 * kEyesHalfWidth * face.rx);
  eyes.height = WholePx(kEyesHeight * face.ry);

  PlantedAoi text{kAoiNames[kTextAoi], AoiShape::kPolygon};
  const double hw = WholePx(rng.Uniform(kTextHalfWidthMinPx, kTextHalfWidthMaxPx));
  const double hh = WholePx(rng.Uniform(kTextHalfHeightMinPx, kTextHalfHeightMaxPx));
  const double tx = WholePx(side_x(rng.Uniform(kTextCentreXMinPx, kTextCentreXMaxPx)));
  const double ty = WholePx(rng.Uniform(kTextCentreYMinPx, kTextCentreYMaxPx));
  // A box whose lower corner on the face's side runs out into a tail (a
  // concave outline, so the hit test meets one).
  const double toward = face_left ? -1 : 1;
  text.points = {{tx - toward * hw, ty - hh},
                 {tx + toward * hw, ty - hh},
                 {tx + toward * hw, ty + hh},
                 {tx - toward * (hw - kTextTailPx), ty + hh},
                 {tx - toward * (hw + kTextTailPx), ty + hh + kTextTailPx}};
  return {face, eyes, text};
}

// Whether p lies on the segment a-b (exact for whole-pixel coordinates).
bool OnSegment(PixelPoint a, PixelPoint b, double x, double y) {
  const double cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
  return cross == 0 && x >= std::min(a.x, b.x) && x <= std::max(a.x, b.x) && y >= std::min(a.y, b.y) &&
         y <= std::max(a.y, b.y);
}

// Even-odd rule, boundary included; products instead of a division keep
// it exact for whole pixels.
bool PolygonContains(const std::vector<PixelPoint>& points, double x, double y) {
  bool inside = false;
  for (std::size_t i = 0, j = points.size() - 1; i < points.size(); j = i++) {
    const PixelPoint a = points[j], b = points[i];
    if (OnSegment(a, b, x, y)) return true;
    if ((a.y > y) == (b.y > y)) continue;
    // The edge crosses the horizontal through p: is the crossing right of p?
    const double lhs = (x - a.x) * (b.y - a.y), rhs = (y - a.y) * (b.x - a.x);
    if (b.y > a.y ? lhs < rhs : lhs > rhs) inside = !inside;
  }
  return inside;
}

struct Box {
  double left, top, right, bottom;
};

Box BoundsOf(const PlantedAoi& aoi) {
  switch (aoi.shape) {
    case AoiShape::kRectangle: return {aoi.x, aoi.y, aoi.x + aoi.width, aoi.y + aoi.height};
    case AoiShape::kEllipse: return {aoi.cx - aoi.rx, aoi.cy - aoi.ry, aoi.cx + aoi.rx, aoi.cy + aoi.ry};
    case AoiShape::kPolygon: break;
  }
  Box box{aoi.points[0].x, aoi.points[0].y, aoi.points[0].x, aoi.points[0].y};
  for (const PixelPoint& p : aoi.points) {
    box = {std::min(box.left, p.x), std::min(box.top, p.y), std::max(box.right, p.x), std::max(box.bottom, p.y)};
  }
  return box;
}

const char* ShapeName(AoiShape shape) {
  switch (shape) {
    case AoiShape::kRectangle: return "rectangle";
    case AoiShape::kEllipse: return "ellipse";
    case AoiShape::kPolygon: break;
  }
  return "polygon";
}

}  // namespace

bool Contains(const PlantedAoi& aoi, double x, double y) {
  switch (aoi.shape) {
    case AoiShape::kRectangle:
      return x >= aoi.x && x <= aoi.x + aoi.width && y >= aoi.y && y <= aoi.y + aoi.height;
    case AoiShape::kEllipse: {
      // (dx/rx)^2 + (dy/ry)^2 <= 1, multiplied out to stay exact.
      const double dx = x - aoi.cx, dy = y - aoi.cy;
      return dx * dx * aoi.ry * aoi.ry + dy * dy * aoi.rx * aoi.rx <= aoi.rx * aoi.rx * aoi.ry * aoi.ry;
    }
    case AoiShape::kPolygon: break;
  }
  return PolygonContains(aoi.points, x, y);
}

const std::vector<PlantedAoi>& AoisOfImage(int image) {
  static const std::vector<std::vector<PlantedAoi>> layouts = [] {
    std::vector<std::vector<PlantedAoi>> all;
    for (int i = 1; i <= kStimulusImageCount; ++i) all.push_back(Layout(i));
    return all;
  }();
  return layouts.at(static_cast<std::size_t>(image - 1));
}

std::uint32_t AoiHits(int image, double x_px, double y_px) {
  std::uint32_t hits = 0;
  const std::vector<PlantedAoi>& aois = AoisOfImage(image);
  for (std::size_t k = 0; k < aois.size(); ++k) {
    if (Contains(aois[k], x_px, y_px)) hits |= 1u << k;
  }
  return hits;
}

PixelPoint PointOn(const PlantedAoi& aoi, double inset_px, Rng* rng) {
  const Box box = BoundsOf(aoi);
  PixelPoint p;
  for (int attempt = 0; attempt < 1000; ++attempt) {
    p = {rng->Uniform(box.left + inset_px, box.right - inset_px), rng->Uniform(box.top + inset_px, box.bottom - inset_px)};
    if (Contains(aoi, p.x, p.y)) return p;
  }
  return p;  // unreachable for the planted shapes, which fill much of their box
}

std::string AoisToml(int images) {
  std::string out =
      "# The areas of interest on the generated study's images (tools/gen_study/stimulus_aois.h),\n"
      "# in screen px; the images fill the screen.\n";
  auto text = std::back_inserter(out);
  for (int image = 1; image <= images && image <= kStimulusImageCount; ++image) {
    for (const PlantedAoi& aoi : AoisOfImage(image)) {
      fmt::format_to(text, "\n[[aoi]]\nname = \"{}\"\nstimulus = \"{}\"\nshape = \"{}\"\nspace = \"screen\"\n", aoi.name,
                     StimulusName(image), ShapeName(aoi.shape));
      switch (aoi.shape) {
        case AoiShape::kRectangle:
          fmt::format_to(text, "x = {}\ny = {}\nwidth = {}\nheight = {}\n", aoi.x, aoi.y, aoi.width, aoi.height);
          break;
        case AoiShape::kEllipse:
          fmt::format_to(text, "cx = {}\ncy = {}\nrx = {}\nry = {}\n", aoi.cx, aoi.cy, aoi.rx, aoi.ry);
          break;
        case AoiShape::kPolygon:
          out += "points = [";
          for (std::size_t i = 0; i < aoi.points.size(); ++i) {
            fmt::format_to(text, "{}[{}, {}]", i > 0 ? ", " : "", aoi.points[i].x, aoi.points[i].y);
          }
          out += "]\n";
          break;
      }
    }
  }
  return out;
}

}  // namespace tobii::gen
