// GapFiller: Tobii's gap fill-in (Olsen 2012, section 2.4). Per eye, a run
// of invalid samples is filled by linear interpolation between the valid
// samples on both sides when those are at most `max_gap_ms` apart; longer
// runs stay invalid. Gaze point, eye position and a measured gaze direction
// are filled; the pupil is not (it is reported as measured).
//
// Streams: samples are held back only while a gap that may still be filled
// is open, so at most `max_gap_ms` of samples. Output equals input order.
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <vector>

#include "tobii/sample.h"

namespace tobii::preprocess {

class GapFiller {
 public:
  explicit GapFiller(double max_gap_ms);

  void Push(std::span<const Sample> samples, std::vector<Sample>* out);
  void Finish(std::vector<Sample>* out);

 private:
  struct EyeState {
    bool has_last_valid = false;
    EyeData last_valid;
    std::int64_t last_valid_time_us = 0;
    bool gap_open = false;       // invalid since last_valid, and still fillable
    std::int64_t gap_start = 0;  // sequence number of the gap's first sample
  };

  void Track(EyeData Sample::*eye, EyeState* state, const Sample& sample);
  void Release(std::vector<Sample>* out);

  std::int64_t max_gap_us_;
  std::deque<Sample> pending_;
  std::int64_t first_pending_ = 0;  // sequence number of pending_.front()
  std::int64_t next_ = 0;           // sequence number of the next sample
  EyeState left_, right_;
};

}  // namespace tobii::preprocess
