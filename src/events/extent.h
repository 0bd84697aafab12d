// Extent: the smallest and largest gaze direction, per axis, of a set of
// samples, for their dispersion (Salvucci & Goldberg 2000):
// (max x - min x) + (max y - min y), in degrees. I-DT's windows and every
// event's dispersion property use it. O(1): four numbers.
#pragma once

#include <algorithm>

#include "preprocess/gaze_sample.h"

namespace tobii::events {

struct Extent {
  double min_x = 0, max_x = 0, min_y = 0, max_y = 0;
  bool empty = true;

  void Add(const preprocess::DirectionDeg& d) {
    if (empty) {
      min_x = max_x = d.x;
      min_y = max_y = d.y;
      empty = false;
      return;
    }
    min_x = std::min(min_x, d.x);
    max_x = std::max(max_x, d.x);
    min_y = std::min(min_y, d.y);
    max_y = std::max(max_y, d.y);
  }
  void Add(const Extent& other) {
    if (other.empty) return;
    Add(preprocess::DirectionDeg{other.min_x, other.min_y});
    Add(preprocess::DirectionDeg{other.max_x, other.max_y});
  }
  double Dispersion() const { return empty ? 0.0 : (max_x - min_x) + (max_y - min_y); }
};

}  // namespace tobii::events
