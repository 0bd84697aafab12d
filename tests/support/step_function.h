// Synthetic gaze signals with answers that can be worked out by hand, in the
// style of pymovements' step_function: the gaze sits, jumps, sits.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "preprocess/preprocess.h"

namespace tobii::testing {

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
    g.x_deg = at.first;
    g.y_deg = at.second;
    g.x_px = at.first * 40;  // any monotone map will do for centroids
    g.y_px = at.second * 40;
    g.pupil_mm = 3;
    g.valid = true;
  }
  return samples;
}

// Marks samples [from, to) as lost by both eyes.
inline void LoseBothEyes(std::vector<preprocess::GazeSample>* samples, int from, int to) {
  for (int i = from; i < to; ++i) {
    preprocess::GazeSample& g = (*samples)[static_cast<std::size_t>(i)];
    g.valid = false;
    g.both_eyes_lost = true;
    g.x_deg = g.y_deg = g.x_px = g.y_px = g.pupil_mm = kMissing;
  }
}

}  // namespace tobii::testing
