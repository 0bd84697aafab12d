#include "preprocess/gaze_sample.h"

#include <cmath>
#include <numbers>

namespace tobii::preprocess {

namespace {

constexpr double kDegreesPerRadian = 180.0 / std::numbers::pi;

// The angle between two vectors; atan2 of |a x b| and a . b stays accurate
// for the tiny angles of fixational noise.
double VectorAngleDeg(double ax, double ay, double az, double bx, double by, double bz) {
  const double cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
  return std::atan2(std::sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz) * kDegreesPerRadian;
}

}  // namespace

void SetDirection(double gaze_x_mm, double gaze_y_mm, double eye_x_mm, double eye_y_mm, double eye_z_mm,
                  GazeSample* g) {
  const double x = gaze_x_mm - eye_x_mm, y = gaze_y_mm - eye_y_mm, z = -eye_z_mm;
  const double length = std::sqrt(x * x + y * y + z * z);
  g->dir_x = static_cast<float>(x / length);
  g->dir_y = static_cast<float>(y / length);
  g->dir_z = static_cast<float>(z / length);
}

double DirectionAngleDeg(const GazeSample& a, const GazeSample& b) {
  return VectorAngleDeg(a.dir_x, a.dir_y, a.dir_z, b.dir_x, b.dir_y, b.dir_z);
}

double AngleDeg(const GazeSample& a, const GazeSample& b, const GazeSample& from) {
  if (!IsPresent(a.gaze_x_mm) || !IsPresent(b.gaze_x_mm) || !IsPresent(from.eye_z_mm)) {
    return DirectionAngleDeg(a, b);  // no screen: a head-mounted tracker
  }
  // Rays from the eye to both points on the screen plane (z = 0).
  return VectorAngleDeg(a.gaze_x_mm - from.eye_x_mm, a.gaze_y_mm - from.eye_y_mm, -from.eye_z_mm,
                        b.gaze_x_mm - from.eye_x_mm, b.gaze_y_mm - from.eye_y_mm, -from.eye_z_mm);
}

DirectionDeg GazeDirectionDeg(const GazeSample& g, const ScreenGeometry& screen) {
  if (!IsPresent(g.gaze_x_mm) || !IsPresent(g.eye_z_mm)) {  // no screen: from the direction itself
    return {std::atan2(g.dir_x, -g.dir_z) * kDegreesPerRadian, std::atan2(g.dir_y, -g.dir_z) * kDegreesPerRadian};
  }
  return {std::atan2(g.gaze_x_mm - 0.5 * screen.width_mm, g.eye_z_mm) * kDegreesPerRadian,
          std::atan2(g.gaze_y_mm - 0.5 * screen.height_mm, g.eye_z_mm) * kDegreesPerRadian};
}

}  // namespace tobii::preprocess
