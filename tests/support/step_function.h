// Synthetic gaze signals with answers that can be worked out by hand, in the
// style of pymovements' step_function: the gaze sits, jumps, sits.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <utility>
#include <vector>

#include "preprocess/gaze_sample.h"

namespace tobii::testing {

// The eye sits this far in front of the centre of the default screen
// (Settings{}.screen), so that a gaze point at centre + (D tan x, D tan y)
// mm is x degrees to the side along an axis.
inline constexpr double kEyeDistanceMm = 600;
inline const ScreenGeometry kScreen{};
inline const double kCentreXMm = 0.5 * kScreen.width_mm;
inline const double kCentreYMm = 0.5 * kScreen.height_mm;

// Puts the gaze `x_deg`, `y_deg` away from the point in front of the eye,
// with the matching gaze direction.
inline void SetGazeDegrees(preprocess::GazeSample* g, double x_deg, double y_deg) {
  g->gaze_x_mm = static_cast<float>(kCentreXMm + kEyeDistanceMm * std::tan(x_deg * std::numbers::pi / 180));
  g->gaze_y_mm = static_cast<float>(kCentreYMm + kEyeDistanceMm * std::tan(y_deg * std::numbers::pi / 180));
  preprocess::SetDirection(g->gaze_x_mm, g->gaze_y_mm, kCentreXMm, kCentreYMm, kEyeDistanceMm, g);
}

// `length` samples at `hz`; from sample steps[i] on, the gaze is at
// values[i] (degrees); before the first step at `start`. Every sample valid.
inline std::vector<preprocess::GazeSample> StepFunction(int length, const std::vector<int>& steps,
                                                        const std::vector<std::pair<float, float>>& values,
                                                        std::pair<float, float> start = {0, 0}, double hz = 250) {
  std::vector<preprocess::GazeSample> samples(static_cast<std::size_t>(length));
  for (int i = 0; i < length; ++i) {
    std::pair<float, float> at = start;
    for (std::size_t s = 0; s < steps.size(); ++s) {
      if (i >= steps[s]) at = values[s];
    }
    preprocess::GazeSample& g = samples[static_cast<std::size_t>(i)];
    g.time_us = static_cast<std::int64_t>(i * 1e6 / hz + 0.5);
    SetGazeDegrees(&g, at.first, at.second);
    g.eye_x_mm = static_cast<float>(kCentreXMm);
    g.eye_y_mm = static_cast<float>(kCentreYMm);
    g.eye_z_mm = static_cast<float>(kEyeDistanceMm);
    g.x_px = at.first * 40;  // any monotone map will do for centroids
    g.y_px = at.second * 40;
    g.pupil_mm = 3;
    g.valid = true;
    g.on_screen = true;
  }
  return samples;
}

// Marks samples [from, to) as lost by both eyes.
inline void LoseBothEyes(std::vector<preprocess::GazeSample>* samples, int from, int to) {
  for (int i = from; i < to; ++i) {
    preprocess::GazeSample& g = (*samples)[static_cast<std::size_t>(i)];
    g = preprocess::GazeSample{.time_us = g.time_us, .both_eyes_lost = true};
  }
}

}  // namespace tobii::testing
