// The Pro Glasses' head unit frame (HUCS: x left, y up, z forward, as the
// wearer sees it) and the screen frame's orientation every gaze direction
// of a Sample is in (tobii/sample.h: x right, y down, z towards the viewer,
// straight ahead (0, 0, -1)): every axis changes sign. Checked on the real
// Glasses 2 and 3 files: the gaze point's x and the direction's x fall
// together, and so do their y (tests/io/glasses*_reader_test.cpp).
// ProLabReader::ReadEye turns Pro Lab's HUCS columns round the same way.
#pragma once

#include <cmath>

#include "tobii/sample.h"

namespace tobii::io {

// Tobii writes gaze directions as unit vectors; one far from length 1 (a
// zeroed vector with a status that says valid) is no direction.
inline constexpr double kMinDirectionLength = 0.5;
inline constexpr double kMaxDirectionLength = 2.0;

inline bool IsGazeDirection(const double (&direction)[3]) {
  const double length =
      std::sqrt(direction[0] * direction[0] + direction[1] * direction[1] + direction[2] * direction[2]);
  return length >= kMinDirectionLength && length <= kMaxDirectionLength;
}

// Sets the eye's gaze direction from one in the head unit frame.
inline void SetHeadUnitDirection(const double (&hucs)[3], EyeData* eye) {
  eye->gaze_dir_x = static_cast<float>(-hucs[0]);
  eye->gaze_dir_y = static_cast<float>(-hucs[1]);
  eye->gaze_dir_z = static_cast<float>(-hucs[2]);
}

}  // namespace tobii::io
