#include "preprocess/preprocess.h"

#include <cmath>
#include <numbers>

namespace tobii::preprocess {

namespace {

constexpr double kDegreesPerRadian = 180.0 / std::numbers::pi;

float MeanOfPresent(float a, float b) {
  if (IsPresent(a) && IsPresent(b)) return 0.5f * (a + b);
  return IsPresent(a) ? a : b;
}

}  // namespace

void Preprocessor::Process(std::span<const Sample> samples, std::vector<GazeSample>* out) const {
  out->clear();
  out->reserve(samples.size());
  const double mm_per_px_x = screen_.width_mm / screen_.width_px;
  const double mm_per_px_y = screen_.height_mm / screen_.height_px;
  for (const Sample& s : samples) {
    GazeSample g;
    g.time_us = s.time_us;
    g.both_eyes_lost = !s.valid_left && !s.valid_right;
    g.pupil_mm = MeanOfPresent(s.valid_left ? s.pupil_left_mm : kMissing,
                               s.valid_right ? s.pupil_right_mm : kMissing);
    const bool on_screen = IsPresent(s.gaze_x_px) && IsPresent(s.gaze_y_px) && s.gaze_x_px >= 0 &&
                           s.gaze_y_px >= 0 && s.gaze_x_px <= screen_.width_px &&
                           s.gaze_y_px <= screen_.height_px;
    g.valid = !g.both_eyes_lost && on_screen;
    if (g.valid) {
      const float eye_z = MeanOfPresent(s.valid_left ? s.eye_left_z_mm : kMissing,
                                        s.valid_right ? s.eye_right_z_mm : kMissing);
      const double distance_mm = IsPresent(eye_z) && eye_z > 0 ? eye_z : screen_.distance_mm;
      const double dx_mm = (s.gaze_x_px - 0.5 * screen_.width_px) * mm_per_px_x;
      const double dy_mm = (s.gaze_y_px - 0.5 * screen_.height_px) * mm_per_px_y;
      g.x_px = s.gaze_x_px;
      g.y_px = s.gaze_y_px;
      g.x_deg = static_cast<float>(std::atan2(dx_mm, distance_mm) * kDegreesPerRadian);
      g.y_deg = static_cast<float>(std::atan2(dy_mm, distance_mm) * kDegreesPerRadian);
    }
    out->push_back(g);
  }
}

}  // namespace tobii::preprocess
