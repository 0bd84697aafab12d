#include "preprocess/eye_selection.h"

#include <cmath>

namespace tobii::preprocess {

namespace {

// One eye's contribution, complete or absent.
struct EyeGaze {
  bool usable = false;
  double x_px = 0, y_px = 0, x_mm = 0, y_mm = 0, eye_x = 0, eye_y = 0, eye_z = 0;
  double dir_x = 0, dir_y = 0, dir_z = 0;  // unit vector from the eye to its gaze point
};

// Writes the unit vector along (x, y, z) into g's direction.
void SetUnit(double x, double y, double z, EyeGaze* g) {
  const double length = std::sqrt(x * x + y * y + z * z);
  g->dir_x = x / length;
  g->dir_y = y / length;
  g->dir_z = z / length;
}

EyeGaze FromEye(const EyeData& e, float fallback_x_px, float fallback_y_px, const ScreenGeometry& screen) {
  EyeGaze g;
  if (!e.valid) return g;
  const bool measured_direction = IsPresent(e.gaze_dir_x) && IsPresent(e.gaze_dir_y) && IsPresent(e.gaze_dir_z);
  // Exports without per-eye columns give only the combined point.
  const bool own = IsPresent(e.gaze_x_px) && IsPresent(e.gaze_y_px);
  const float x_px = own ? e.gaze_x_px : fallback_x_px;
  const float y_px = own ? e.gaze_y_px : fallback_y_px;
  const bool point = IsPresent(x_px) && IsPresent(y_px);
  if (!point && !measured_direction) return g;
  g.usable = true;
  g.x_px = x_px;
  g.y_px = y_px;
  const bool mm = own && IsPresent(e.gaze_x_mm) && IsPresent(e.gaze_y_mm);
  const bool position = IsPresent(e.eye_x_mm) && IsPresent(e.eye_y_mm) && IsPresent(e.eye_z_mm) && e.eye_z_mm > 0;
  if (measured_direction && !mm) {
    // A head-mounted tracker: a direction and no screen. Angles come from
    // the direction alone (gaze_sample.h).
    g.x_mm = g.y_mm = kMissing;
    g.eye_x = position ? e.eye_x_mm : kMissing;
    g.eye_y = position ? e.eye_y_mm : kMissing;
    g.eye_z = position ? e.eye_z_mm : kMissing;
    SetUnit(e.gaze_dir_x, e.gaze_dir_y, e.gaze_dir_z, &g);
    return g;
  }
  g.x_mm = mm ? e.gaze_x_mm : x_px * screen.width_mm / screen.width_px;
  g.y_mm = mm ? e.gaze_y_mm : y_px * screen.height_mm / screen.height_px;
  g.eye_x = position ? e.eye_x_mm : 0.5 * screen.width_mm;
  g.eye_y = position ? e.eye_y_mm : 0.5 * screen.height_mm;
  g.eye_z = position ? e.eye_z_mm : screen.distance_mm;
  if (measured_direction) {
    SetUnit(e.gaze_dir_x, e.gaze_dir_y, e.gaze_dir_z, &g);
  } else {
    SetUnit(g.x_mm - g.eye_x, g.y_mm - g.eye_y, -g.eye_z, &g);
  }
  return g;
}

}  // namespace

GazeSample SelectEyes(const Sample& sample, EyeSelection selection, const ScreenGeometry& screen) {
  GazeSample out;
  out.time_us = sample.time_us;
  out.aoi_hits = sample.aoi_hits;
  out.both_eyes_lost = !sample.left.valid && !sample.right.valid;

  const bool use_left = selection != EyeSelection::kRight;
  const bool use_right = selection != EyeSelection::kLeft;
  const EyeGaze left = use_left ? FromEye(sample.left, sample.gaze_x_px, sample.gaze_y_px, screen) : EyeGaze{};
  const EyeGaze right = use_right ? FromEye(sample.right, sample.gaze_x_px, sample.gaze_y_px, screen) : EyeGaze{};

  const int n = (left.usable ? 1 : 0) + (right.usable ? 1 : 0);
  const bool enough = selection == EyeSelection::kStrictAverage ? n == 2 : n >= 1;
  if (enough) {
    const auto mean = [&](double EyeGaze::*field) {
      return static_cast<float>(((left.usable ? left.*field : 0.0) + (right.usable ? right.*field : 0.0)) / n);
    };
    out.valid = true;
    out.x_px = mean(&EyeGaze::x_px);
    out.y_px = mean(&EyeGaze::y_px);
    out.gaze_x_mm = mean(&EyeGaze::x_mm);
    out.gaze_y_mm = mean(&EyeGaze::y_mm);
    out.eye_x_mm = mean(&EyeGaze::eye_x);
    out.eye_y_mm = mean(&EyeGaze::eye_y);
    out.eye_z_mm = mean(&EyeGaze::eye_z);
    out.dir_x = mean(&EyeGaze::dir_x);
    out.dir_y = mean(&EyeGaze::dir_y);
    out.dir_z = mean(&EyeGaze::dir_z);
    out.on_screen = out.x_px >= 0 && out.y_px >= 0 && out.x_px <= screen.width_px && out.y_px <= screen.height_px;
  }

  const float pupil_left = use_left && sample.left.valid ? sample.left.pupil_mm : kMissing;
  const float pupil_right = use_right && sample.right.valid ? sample.right.pupil_mm : kMissing;
  if (IsPresent(pupil_left) && IsPresent(pupil_right)) {
    out.pupil_mm = 0.5f * (pupil_left + pupil_right);
  } else {
    out.pupil_mm = IsPresent(pupil_left) ? pupil_left : pupil_right;
  }
  return out;
}

}  // namespace tobii::preprocess
