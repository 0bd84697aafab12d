// Sample and SampleChunk: one eye-tracker gaze sample, and the fixed-capacity
// batch in which readers hand samples to the rest of the pass.
//
// Missing values are NaN (floats); each eye's `valid` says whether it was
// tracked. A chunk is reused from call to call, so a recording never
// occupies more than one chunk of samples in memory.
//
// Coordinates are Tobii's display area coordinate system (DACS): pixels or
// millimetres from the screen's top-left corner, x to the right, y down,
// and for eye positions z from the screen plane towards the viewer.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace tobii {

inline constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

inline bool IsPresent(float value) { return !std::isnan(value); }

// What the tracker measured of one eye in one sample.
struct EyeData {
  float gaze_x_px = kMissing;  // gaze point on the screen
  float gaze_y_px = kMissing;
  float gaze_x_mm = kMissing;  // the same point in millimetres
  float gaze_y_mm = kMissing;
  float eye_x_mm = kMissing;   // eye position in front of the screen
  float eye_y_mm = kMissing;
  float eye_z_mm = kMissing;
  float pupil_mm = kMissing;
  // The gaze direction as the tracker measured it: a unit vector in DACS
  // orientation (x right, y down, z towards the viewer; straight ahead is
  // (0, 0, -1)). Head-mounted trackers give it in their own head-fixed
  // frame, which their reader turns into this orientation. Where present it
  // is used as it is, and the eye needs no gaze point on a screen.
  float gaze_dir_x = kMissing;
  float gaze_dir_y = kMissing;
  float gaze_dir_z = kMissing;
  bool valid = false;
};

struct Sample {
  std::int64_t time_us = 0;    // since the recording started
  float gaze_x_px = kMissing;  // the tracker's own combined gaze point
  float gaze_y_px = kMissing;
  EyeData left;
  EyeData right;
};

// A batch of consecutive samples. Capacity is fixed by the reader.
struct SampleChunk {
  std::vector<Sample> samples;
  void clear() { samples.clear(); }
  bool empty() const { return samples.empty(); }
};

}  // namespace tobii
