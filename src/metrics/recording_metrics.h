// RecordingMetrics: the accumulators of one recording. Sees every gaze
// sample and every event once, keeps O(1) state, and turns it into the
// recording's RecordingResult.
#pragma once

#include <cstdint>
#include <span>

#include "metrics/interval_counter.h"
#include "metrics/online_stats.h"
#include "preprocess/gaze_sample.h"
#include "tobii/event.h"
#include "tobii/recording_result.h"

namespace tobii::metrics {

class RecordingMetrics {
 public:
  void AddSamples(std::span<const preprocess::GazeSample> samples);
  void AddEvents(std::span<const Event> events);

  // Fills the quality, event and pupil fields of *result; identity fields are
  // left as they are.
  void Finish(RecordingResult* result) const;

  // The end of the last sample so far: its time plus one sample interval.
  std::int64_t end_us() const { return samples_ > 0 ? last_time_us_ + last_interval_us_ : 0; }

 private:
  std::int64_t samples_ = 0;
  std::int64_t valid_samples_ = 0;
  std::int64_t on_screen_samples_ = 0;
  std::int64_t first_time_us_ = 0;
  std::int64_t last_time_us_ = 0;
  std::int64_t last_interval_us_ = 0;
  IntervalCounter intervals_;
  OnlineStats pupil_mm_;
  OnlineStats fixation_duration_ms_;
  OnlineStats saccade_amplitude_deg_;
  OnlineStats saccade_peak_velocity_deg_per_s_;
  OnlineStats blink_duration_ms_;
  double s2s_squares_ = 0;  // pooled over all fixations
  std::int64_t s2s_pairs_ = 0;
};

}  // namespace tobii::metrics
