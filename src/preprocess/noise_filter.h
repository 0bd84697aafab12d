// NoiseFilter: moving median or moving average of the gaze position and
// direction over a window of samples centred on each sample (Olsen 2012,
// sections 2.2-2.3), each coordinate on its own.
// Only valid samples of the window count; an invalid sample stays invalid.
// The eye position is left as measured.
//
// Streams with a delay of half a window: holds `window_samples` samples.
#pragma once

#include <deque>
#include <span>
#include <vector>

#include "preprocess/gaze_sample.h"
#include "tobii/settings.h"

namespace tobii::preprocess {

class NoiseFilter {
 public:
  NoiseFilter(NoiseReduction mode, int window_samples);

  void Push(std::span<const GazeSample> samples, std::vector<GazeSample>* out);
  void Finish(std::vector<GazeSample>* out);

 private:
  void Emit(std::size_t index, std::vector<GazeSample>* out);

  NoiseReduction mode_;
  std::size_t half_;
  std::deque<GazeSample> window_;
  std::size_t next_ = 0;  // index in window_ of the next sample to emit
  std::vector<float> values_;  // scratch for one field of one window
};

}  // namespace tobii::preprocess
