#include "figures/violin.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "figures/canvas.h"

namespace tobii::figures {
namespace {

// How many subpaths an SVG of `values` as jittered points holds: Cairo
// starts each one, each point's circle among them, with a move-to.
std::size_t PathsDrawn(const std::vector<double>& values, std::size_t max_points) {
  Canvas canvas(200, 200);
  AxesSpec spec;
  spec.x = LinearAxis("group", -1, 1);
  spec.y = LinearAxis("value", 0, 1);
  Axes axes(canvas.cr(), spec, {0, 0, 200, 200});
  JitteredPoints(axes, 0, values, GroupColor(0), 0.1, 1.5, max_points);
  std::string svg;
  EXPECT_TRUE(canvas.Render(ImageFormat::kSvg, &svg).ok());
  std::size_t moves = 0;
  for (std::size_t at = svg.find("M "); at != std::string::npos; at = svg.find("M ", at + 1)) ++moves;
  return moves;
}

std::vector<double> Values(std::size_t n) {
  std::vector<double> values(n);
  for (std::size_t i = 0; i < n; ++i)
    values[i] = static_cast<double>((i * 7919) % n) / static_cast<double>(n);
  return values;
}

TEST(JitteredPoints, BeyondTheLimitEveryKthByValueIsDrawn) {
  // Some subpaths of the clip and frame, then one per point.
  const std::size_t per_point = (PathsDrawn(Values(20), 1000) - PathsDrawn(Values(10), 1000)) / 10;
  ASSERT_GT(per_point, 0u);
  const std::size_t base = PathsDrawn(Values(10), 1000) - 10 * per_point;
  EXPECT_EQ(PathsDrawn(Values(1000), 1000), base + 1000 * per_point);  // at the limit: all
  EXPECT_EQ(PathsDrawn(Values(5000), 1000), base + 1000 * per_point);  // every 5th
  EXPECT_EQ(PathsDrawn(Values(2500), 1000), base + 834 * per_point);   // every 3rd: ranks 0, 3, ..., 2499
  EXPECT_EQ(PathsDrawn(Values(5000), 5000), base + 5000 * per_point);  // no limit
}

}  // namespace
}  // namespace tobii::figures
