// The planted geometry in the frames other formats use: the screen's
// pixels, the eye's gaze direction, and the head unit frame of the Pro
// Glasses (HUCS: x left, y up, z forward as the wearer sees it), so that a
// recording written as Glasses or Pro SDK data holds the same gaze as its
// Pro Lab export would.
#pragma once

#include <array>
#include <cmath>

#include "gen_study/gaze_model.h"
#include "gen_study/physiology.h"

namespace tobii::gen {

inline constexpr double kPxPerMmX = kScreenWidthPx / kScreenWidthMm;
inline constexpr double kPxPerMmY = kScreenHeightPx / kScreenHeightMm;

using Vec3 = std::array<double, 3>;

// The unit vector from the eye to its gaze point, in the screen frame
// (DACS: x right, y down, z from the screen towards the viewer).
inline Vec3 GazeDirection(const EyeSample& e) {
  const double dx = e.gaze_x_mm - e.pos_x_mm, dy = e.gaze_y_mm - e.pos_y_mm, dz = -e.pos_z_mm;
  const double norm = std::sqrt(dx * dx + dy * dy + dz * dz);
  return {dx / norm, dy / norm, dz / norm};
}

// A screen-frame vector in the head unit's frame: every axis turns round
// (the wearer looks at the screen, so their left is the screen's -x, up is
// -y, forward is -z).
inline Vec3 ToHeadUnit(const Vec3& v) { return {-v[0], -v[1], -v[2]}; }

// The combined gaze point a screen-based export writes, px: the mean of
// the valid eyes' gaze points, rounded to whole px as Pro Lab writes it.
// False when no eye is valid.
inline bool WrittenGazePointPx(const GazeSample& s, double* x_px, double* y_px) {
  const int valid = s.eye[0].valid + s.eye[1].valid;
  if (valid == 0) return false;
  double x = 0, y = 0;
  for (const EyeSample& e : s.eye) {
    if (!e.valid) continue;
    x += e.gaze_x_mm;
    y += e.gaze_y_mm;
  }
  *x_px = static_cast<double>(std::llround(x / valid * kPxPerMmX));
  *y_px = static_cast<double>(std::llround(y / valid * kPxPerMmY));
  return true;
}

// The midpoint between the eyes of a sample with both eyes' positions.
inline Vec3 EyeMidpoint(const GazeSample& s) {
  return {(s.eye[0].pos_x_mm + s.eye[1].pos_x_mm) / 2, (s.eye[0].pos_y_mm + s.eye[1].pos_y_mm) / 2,
          (s.eye[0].pos_z_mm + s.eye[1].pos_z_mm) / 2};
}

}  // namespace tobii::gen
