// Sample and SampleChunk: one eye-tracker gaze sample, and the fixed-capacity
// batch in which readers hand samples to the rest of the pass.
//
// Missing values are NaN (floats); validity flags say which eye was tracked.
// A chunk is reused from call to call, so a recording never occupies more
// than one chunk of samples in memory.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace tobii {

inline constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

inline bool IsPresent(float value) { return !std::isnan(value); }

struct Sample {
  std::int64_t time_us = 0;        // since the recording started
  float gaze_x_px = kMissing;      // combined gaze on the screen (DACS px)
  float gaze_y_px = kMissing;
  float left_x_px = kMissing;      // per eye (DACS px)
  float left_y_px = kMissing;
  float right_x_px = kMissing;
  float right_y_px = kMissing;
  float pupil_left_mm = kMissing;
  float pupil_right_mm = kMissing;
  float eye_left_z_mm = kMissing;  // eye distance from the screen plane (DACS mm)
  float eye_right_z_mm = kMissing;
  bool valid_left = false;
  bool valid_right = false;
};

// A batch of consecutive samples. Capacity is fixed by the reader.
struct SampleChunk {
  std::vector<Sample> samples;
  void clear() { samples.clear(); }
  bool empty() const { return samples.empty(); }
};

}  // namespace tobii
