#include "preprocess/gaze_sample.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tobii::preprocess {

double AngleDeg(const GazeSample& a, const GazeSample& b, const GazeSample& from) {
  // Rays from the eye to both points on the screen plane (z = 0).
  const double ax = a.gaze_x_mm - from.eye_x_mm, ay = a.gaze_y_mm - from.eye_y_mm, az = -from.eye_z_mm;
  const double bx = b.gaze_x_mm - from.eye_x_mm, by = b.gaze_y_mm - from.eye_y_mm, bz = -from.eye_z_mm;
  // atan2 of |a x b| and a . b stays accurate for the tiny angles of fixational noise.
  const double cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
  const double radians = std::atan2(std::sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
  return radians * 180.0 / std::numbers::pi;
}

DirectionDeg GazeDirectionDeg(const GazeSample& g) {
  constexpr double kDegreesPerRadian = 180.0 / std::numbers::pi;
  return {std::atan2(g.gaze_x_mm - g.eye_x_mm, g.eye_z_mm) * kDegreesPerRadian,
          std::atan2(g.gaze_y_mm - g.eye_y_mm, g.eye_z_mm) * kDegreesPerRadian};
}

}  // namespace tobii::preprocess
