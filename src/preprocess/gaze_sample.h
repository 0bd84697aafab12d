// GazeSample: one sample after preprocessing, as the detectors and
// accumulators see it: the selected eyes' gaze point and eye position, one
// validity flag, and the pupil.
#pragma once

#include <cstdint>

#include "tobii/sample.h"

namespace tobii::preprocess {

struct GazeSample {
  std::int64_t time_us = 0;
  float x_px = kMissing;        // gaze point on the screen (DACS px)
  float y_px = kMissing;
  float gaze_x_mm = kMissing;   // the same point on the screen plane (DACS mm)
  float gaze_y_mm = kMissing;
  float eye_x_mm = kMissing;    // where it was seen from (DACS mm)
  float eye_y_mm = kMissing;
  float eye_z_mm = kMissing;
  float pupil_mm = kMissing;    // mean of the selected eyes that have one
  bool valid = false;           // a gaze point from the selected eyes
  bool on_screen = false;       // valid and inside the screen
  bool both_eyes_lost = false;  // neither eye tracked: a blink or track loss
};

// The visual angle in degrees between the gaze points of `a` and `b`, seen
// from the eye position of `from` (Olsen 2012: the centre sample's eye).
double AngleDeg(const GazeSample& a, const GazeSample& b, const GazeSample& from);

// The gaze direction of `g` in degrees, per axis, from its own eye position:
// atan((gaze - eye) / distance) horizontally and vertically (pymovements'
// pix2deg, centred on the eye). Dispersion (I-DT) and per-axis velocity
// (Engbert-Kliegl) are measured in these coordinates. REQUIRES: g.valid.
struct DirectionDeg {
  double x = 0;
  double y = 0;
};
DirectionDeg GazeDirectionDeg(const GazeSample& g);

}  // namespace tobii::preprocess
