#include "aoi/aoi_definition.h"

#include <cstddef>

namespace tobii::aoi {

namespace {

// Twice the signed area of the triangle (a, b, p): > 0 when p lies left of
// the line a -> b, 0 on it.
double Cross(const Point& a, const Point& b, const Point& p) {
  return (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y);
}

bool OnSegment(const Point& a, const Point& b, const Point& p) {
  if (Cross(a, b, p) != 0) return false;
  const bool within_x = (a.x <= p.x && p.x <= b.x) || (b.x <= p.x && p.x <= a.x);
  const bool within_y = (a.y <= p.y && p.y <= b.y) || (b.y <= p.y && p.y <= a.y);
  return within_x && within_y;
}

// The nonzero winding rule (Sunday's crossing count of the edges that pass
// the point's row upwards minus those that pass it downwards); a point on
// an edge is inside.
bool PolygonContains(const std::vector<Point>& vertices, const Point& p) {
  int winding = 0;
  const std::size_t n = vertices.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Point& a = vertices[i];
    const Point& b = vertices[(i + 1) % n];
    if (OnSegment(a, b, p)) return true;
    if (a.y <= p.y) {
      if (b.y > p.y && Cross(a, b, p) > 0) ++winding;
    } else if (b.y <= p.y && Cross(a, b, p) < 0) {
      --winding;
    }
  }
  return winding != 0;
}

}  // namespace

bool Contains(const AoiDefinition& aoi, double x_px, double y_px, const MediaPlacement* placement) {
  Point p{x_px, y_px};
  if (aoi.space == Space::kMedia) {
    if (placement == nullptr) return false;
    // The gaze point in the image's pixels: the shape keeps its own numbers,
    // so a point on its edge stays on it (a division is exact wherever
    // the quotient is representable).
    p = {(x_px - placement->x_px) / placement->scale_x, (y_px - placement->y_px) / placement->scale_y};
  }
  switch (aoi.shape) {
    case Shape::kRectangle: {
      if (aoi.points.size() < 2) return false;
      const Point& low = aoi.points[0];
      const Point& high = aoi.points[1];
      return low.x <= p.x && p.x <= high.x && low.y <= p.y && p.y <= high.y;
    }
    case Shape::kEllipse: {
      if (aoi.points.size() < 2) return false;
      const Point& centre = aoi.points[0];
      const double rx = aoi.points[1].x;
      const double ry = aoi.points[1].y;
      const double dx = p.x - centre.x;
      const double dy = p.y - centre.y;
      // (dx/rx)^2 + (dy/ry)^2 <= 1 multiplied out: exact for whole pixels.
      return dx * dx * ry * ry + dy * dy * rx * rx <= rx * rx * ry * ry;
    }
    case Shape::kPolygon:
      return aoi.points.size() >= 3 && PolygonContains(aoi.points, p);
  }
  return false;
}

}  // namespace tobii::aoi
