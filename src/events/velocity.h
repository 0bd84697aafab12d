// VelocityStage: the angular velocity of every gaze sample, as Tobii's I-VT
// velocity calculator takes it (Olsen 2012, section 3.1.4): over a window of
// `window_ms` centred on the sample, the angle between the gaze directions
// of the window's first and last valid samples over their time difference.
// The window always reaches the immediate neighbours, so low sampling rates
// still get a velocity; a valid sample between two lost ones gets none, as
// in Pro Lab. Invalid samples come out labelled lost, valid ones
// unclassified. How this was matched to Pro Lab: doc/algorithms/ivt.md.
//
// Streams: a sample leaves once the window after it is complete, so the
// stage holds `window_ms` of samples (at most kMaxHalfWindowSamples either
// side, whatever the timestamps do). Output equals input order, for any
// chunking.
#pragma once

#include <cstddef>
#include <deque>
#include <span>
#include <vector>

#include "events/labelled_sample.h"

namespace tobii::events {

// The window never holds more than this many samples on either side of the
// sample being measured (a clock that stands still would otherwise grow it
// without bound). 20 ms at 1200 Hz is 12.
inline constexpr std::size_t kMaxHalfWindowSamples = 256;

// The window reaches this much further than half its length: the eye
// tracker's clock jitters by a few microseconds (Pro Lab exports at 300 Hz
// put three intervals 10 001-10 002 us apart), and a sample that belongs in
// the window by the nominal rate must not drop out of it by jitter.
inline constexpr double kWindowSlackUs = 100.0;

class VelocityStage {
 public:
  explicit VelocityStage(double window_ms);

  void Push(std::span<const preprocess::GazeSample> samples, std::vector<LabelledSample>* out);
  void Finish(std::vector<LabelledSample>* out);

 private:
  void Release(bool finishing, std::vector<LabelledSample>* out);
  float VelocityAt(std::size_t index) const;

  double half_window_us_;
  std::deque<preprocess::GazeSample> window_;
  std::size_t next_ = 0;  // index in window_ of the next sample to measure
};

}  // namespace tobii::events
