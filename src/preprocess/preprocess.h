// Preprocessing: turns reader samples into gaze samples in degrees of visual
// angle, with one validity flag the detectors can trust.
//
// A sample's gaze is valid when at least one eye was tracked and the combined
// gaze point lies on the screen. Degrees are measured from the screen centre
// along each axis, seen from the eyes' distance to the screen (the export's
// eye position where present, else the configured viewing distance).
//
// Stateless per sample, so it streams with no window at all. Gap fill-in,
// eye selection and noise reduction come with the full Tobii I-VT.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tobii/sample.h"
#include "tobii/settings.h"

namespace tobii::preprocess {

struct GazeSample {
  std::int64_t time_us = 0;
  float x_px = kMissing;
  float y_px = kMissing;
  float x_deg = kMissing;
  float y_deg = kMissing;
  float pupil_mm = kMissing;   // mean of the eyes that have a pupil
  bool valid = false;          // gaze present, tracked and on the screen
  bool both_eyes_lost = false; // neither eye tracked: a blink or track loss
};

class Preprocessor {
 public:
  explicit Preprocessor(const ScreenGeometry& screen) : screen_(screen) {}

  // Replaces *out with one GazeSample per input sample.
  void Process(std::span<const Sample> samples, std::vector<GazeSample>* out) const;

 private:
  ScreenGeometry screen_;
};

}  // namespace tobii::preprocess
