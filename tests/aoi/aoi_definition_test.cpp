// Hit-testing the study's own AOIs (aoi/aoi_definition.h): each shape on
// its boundary, just outside it, and in media px through a placement. The
// boundary points are exact in binary, so "on the edge" is tested as such.

#include "aoi/aoi_definition.h"

#include <gtest/gtest.h>

namespace tobii::aoi {
namespace {

AoiDefinition Shaped(Shape shape, std::vector<Point> points, Space space = Space::kScreen) {
  AoiDefinition aoi;
  aoi.shape = shape;
  aoi.space = space;
  aoi.points = std::move(points);
  return aoi;
}

AoiDefinition Rectangle(double x, double y, double width, double height, Space space = Space::kScreen) {
  return Shaped(Shape::kRectangle, {{x, y}, {x + width, y + height}}, space);
}

AoiDefinition Ellipse(double cx, double cy, double rx, double ry) {
  return Shaped(Shape::kEllipse, {{cx, cy}, {rx, ry}});
}

AoiDefinition Polygon(std::vector<Point> points) { return Shaped(Shape::kPolygon, std::move(points)); }

bool In(const AoiDefinition& aoi, double x, double y) { return Contains(aoi, x, y, nullptr); }

TEST(AoiContains, RectangleHoldsItsSidesAndCornersAndNothingPast) {
  const AoiDefinition r = Rectangle(10, 20, 30, 40);  // x 10..40, y 20..60
  EXPECT_TRUE(In(r, 25, 40));
  EXPECT_TRUE(In(r, 10, 20));
  EXPECT_TRUE(In(r, 40, 60));
  EXPECT_TRUE(In(r, 40, 30));
  EXPECT_TRUE(In(r, 25, 20));
  EXPECT_FALSE(In(r, 40.001, 30));
  EXPECT_FALSE(In(r, 9.999, 30));
  EXPECT_FALSE(In(r, 25, 60.001));
  EXPECT_FALSE(In(r, 25, 19.999));
}

TEST(AoiContains, EllipseHoldsItsCurve) {
  const AoiDefinition e = Ellipse(100, 50, 10, 5);
  EXPECT_TRUE(In(e, 100, 50));
  EXPECT_TRUE(In(e, 110, 50));  // the ends of its axes
  EXPECT_TRUE(In(e, 90, 50));
  EXPECT_TRUE(In(e, 100, 55));
  EXPECT_TRUE(In(e, 100, 45));
  // (6/10)^2 + (4/5)^2 = 0.36 + 0.64 = 1: on the curve.
  EXPECT_TRUE(In(e, 106, 54));
  EXPECT_TRUE(In(e, 94, 46));
  EXPECT_FALSE(In(e, 106, 54.01));
  EXPECT_FALSE(In(e, 107, 54));
  // Inside its bounding box, outside the ellipse: the box's corner.
  EXPECT_FALSE(In(e, 109, 54));
}

TEST(AoiContains, PolygonHoldsItsEdgesAndVertices) {
  const AoiDefinition triangle = Polygon({{0, 0}, {10, 0}, {0, 10}});
  EXPECT_TRUE(In(triangle, 1, 1));
  EXPECT_TRUE(In(triangle, 5, 5));  // on the slanted edge
  EXPECT_TRUE(In(triangle, 0, 5));
  EXPECT_TRUE(In(triangle, 5, 0));
  EXPECT_TRUE(In(triangle, 10, 0));
  EXPECT_TRUE(In(triangle, 0, 10));
  EXPECT_FALSE(In(triangle, 5, 5.001));
  EXPECT_FALSE(In(triangle, -0.001, 5));
  EXPECT_FALSE(In(triangle, 11, 0));  // on the line of an edge, past its end
  EXPECT_FALSE(In(triangle, 5, -1));
}

TEST(AoiContains, ConcavePolygonLeavesOutItsNotch) {
  // A U: the notch x 10..20, y 10..30 is outside.
  const AoiDefinition u = Polygon({{0, 0}, {30, 0}, {30, 30}, {20, 30}, {20, 10}, {10, 10}, {10, 30}, {0, 30}});
  EXPECT_TRUE(In(u, 15, 5));
  EXPECT_TRUE(In(u, 5, 20));
  EXPECT_TRUE(In(u, 25, 20));
  EXPECT_FALSE(In(u, 15, 20));
  EXPECT_TRUE(In(u, 15, 10));  // the notch's floor is an edge
  EXPECT_TRUE(In(u, 20, 20));  // and its side
  EXPECT_FALSE(In(u, 15, 30));  // the notch's open top is no edge
}

TEST(AoiContains, SelfCrossingPolygonFollowsTheNonzeroWindingRule) {
  // A five-pointed star drawn in one stroke (every second corner of a
  // pentagon): its centre is wound around twice, so it is inside, where
  // the even-odd rule would leave it out.
  const AoiDefinition star = Polygon({{0, -100}, {59, 81}, {-95, -31}, {95, -31}, {-59, 81}});
  EXPECT_TRUE(In(star, 0, 0));
  EXPECT_TRUE(In(star, 0, -80));  // in the top point, wound once
  EXPECT_FALSE(In(star, 90, 60));
  EXPECT_FALSE(In(star, 0, 90));  // between the two lower points
  // A bow tie: both wings are inside (wound in opposite senses), the gaps
  // above and below its crossing are not.
  const AoiDefinition bow_tie = Polygon({{0, 0}, {10, 10}, {10, 0}, {0, 10}});
  EXPECT_TRUE(In(bow_tie, 2, 5));
  EXPECT_TRUE(In(bow_tie, 8, 5));
  EXPECT_TRUE(In(bow_tie, 5, 5));  // the crossing lies on both edges
  EXPECT_FALSE(In(bow_tie, 5, 1));
  EXPECT_FALSE(In(bow_tie, 5, 9));
}

TEST(AoiContains, MediaPixelsGoThroughThePlacement) {
  // A 1024 x 768 image shown at 1280 x 960 from (320, 60): scale 1.25.
  const MediaPlacement placement{.x_px = 320, .y_px = 60, .scale_x = 1.25, .scale_y = 1.25};
  // Media x 200..800, y 250..370: screen x 570..1320, y 372.5..522.5.
  const AoiDefinition eyes = Rectangle(200, 250, 600, 120, Space::kMedia);
  EXPECT_TRUE(Contains(eyes, 570, 372.5, &placement));
  EXPECT_TRUE(Contains(eyes, 1320, 522.5, &placement));
  EXPECT_TRUE(Contains(eyes, 900, 450, &placement));
  EXPECT_FALSE(Contains(eyes, 569.9, 450, &placement));
  EXPECT_FALSE(Contains(eyes, 1320.1, 450, &placement));
  EXPECT_FALSE(Contains(eyes, 900, 522.6, &placement));
  // Taken as screen px, the same numbers are another place.
  EXPECT_FALSE(Contains(eyes, 200, 250, &placement));
  EXPECT_FALSE(Contains(eyes, 900, 450, nullptr));  // no placement: holds nothing
  const AoiDefinition on_screen = Rectangle(200, 250, 600, 120);
  EXPECT_TRUE(Contains(on_screen, 200, 250, &placement));  // a screen AOI ignores it
  EXPECT_FALSE(Contains(on_screen, 900, 450, &placement));
}

TEST(AoiContains, UnequalScalesStretchAnEllipse) {
  // A 100 x 100 image shown 200 wide and 100 high at (0, 0): a circle of
  // radius 50 in it is an ellipse of radii 100 and 50 on the screen.
  const MediaPlacement placement{.scale_x = 2, .scale_y = 1};
  AoiDefinition circle = Ellipse(50, 50, 50, 50);
  circle.space = Space::kMedia;
  EXPECT_TRUE(Contains(circle, 200, 50, &placement));
  EXPECT_TRUE(Contains(circle, 100, 100, &placement));
  EXPECT_FALSE(Contains(circle, 100, 100.5, &placement));
  EXPECT_FALSE(Contains(circle, 200.5, 50, &placement));
}

}  // namespace
}  // namespace tobii::aoi
