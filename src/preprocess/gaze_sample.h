// GazeSample: one sample after preprocessing, as the detectors and
// accumulators see it: the selected eyes' gaze point, eye position and gaze
// direction, one validity flag, and the pupil. Also the three ways the
// analysis measures angles, each where it is robust:
//
// - DirectionAngleDeg: between two gaze directions (eye-in-space). Tobii's
//   I-VT velocity and fixation merging use it, as Pro Lab does
//   (doc/algorithms/ivt.md, "Agreement with Tobii Pro Lab").
// - AngleDeg: between two gaze points on the screen seen from one eye
//   position. Saccade amplitude and precision use it: a change of the eyes
//   between the two samples does not enter.
// - GazeDirectionDeg: per-axis degrees of the gaze point on the screen
//   (pymovements' pix2deg). Dispersion and per-axis velocities use it.
//
// Samples of a head-mounted tracker have a direction and no screen point
// (gaze_x_mm missing); for them AngleDeg is DirectionAngleDeg and
// GazeDirectionDeg the direction's own per-axis angles.
#pragma once

#include <cstdint>

#include "tobii/sample.h"
#include "tobii/settings.h"

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
  // Gaze direction: the mean of the selected eyes' unit vectors from the eye
  // to its gaze point (DACS; not renormalised).
  float dir_x = kMissing;
  float dir_y = kMissing;
  float dir_z = kMissing;
  float pupil_mm = kMissing;    // mean of the selected eyes that have one
  bool valid = false;           // a gaze point from the selected eyes
  bool on_screen = false;       // valid and inside the screen
  bool both_eyes_lost = false;  // neither eye tracked: a blink or track loss
  std::uint64_t aoi_hits = 0;   // the reader's (Sample::aoi_hits)
};

// The unit vector from an eye at (eye_x, eye_y, eye_z) mm to a gaze point
// (gaze_x, gaze_y) mm on the screen plane (z = 0), written into *g's dir_*.
void SetDirection(double gaze_x_mm, double gaze_y_mm, double eye_x_mm, double eye_y_mm, double eye_z_mm,
                  GazeSample* g);

// The angle in degrees between the gaze directions of `a` and `b`.
double DirectionAngleDeg(const GazeSample& a, const GazeSample& b);

// The visual angle in degrees between the gaze points of `a` and `b`, seen
// from the eye position of `from`.
double AngleDeg(const GazeSample& a, const GazeSample& b, const GazeSample& from);

// The gaze point of `g` in degrees per axis: atan((gaze - screen centre) /
// eye distance), horizontally and vertically, as seen from straight in
// front of the screen centre at the sample's eye distance. A head moving
// sideways or a change between the eyes does not move it. Without a screen
// point: atan2(dir_x, -dir_z) and atan2(dir_y, -dir_z). REQUIRES: g.valid.
struct DirectionDeg {
  double x = 0;
  double y = 0;
};
DirectionDeg GazeDirectionDeg(const GazeSample& g, const ScreenGeometry& screen);

}  // namespace tobii::preprocess
