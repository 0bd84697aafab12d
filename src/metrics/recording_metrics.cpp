#include "metrics/recording_metrics.h"

#include <cmath>

#include "util/units.h"

namespace tobii::metrics {

void RecordingMetrics::AddSamples(std::span<const preprocess::GazeSample> samples) {
  for (const preprocess::GazeSample& s : samples) {
    if (samples_ == 0) {
      first_time_us_ = s.time_us;
    } else {
      intervals_.Add(s.time_us - last_time_us_);
      if (s.time_us > last_time_us_) last_interval_us_ = s.time_us - last_time_us_;
    }
    last_time_us_ = s.time_us;
    ++samples_;
    if (s.valid) ++valid_samples_;
    if (s.on_screen) ++on_screen_samples_;
    if (IsPresent(s.pupil_mm)) pupil_mm_.Add(s.pupil_mm);
  }
}

void RecordingMetrics::AddEvents(std::span<const Event> events) {
  for (const Event& e : events) {
    switch (e.type) {
      case EventType::kFixation:
        fixation_duration_ms_.Add(static_cast<double>(e.duration_us()) / util::kMicrosecondsPerMillisecond);
        s2s_squares_ += static_cast<double>(e.rms_s2s_deg) * e.rms_s2s_deg * e.s2s_pairs;
        s2s_pairs_ += e.s2s_pairs;
        break;
      case EventType::kSaccade:
        saccade_amplitude_deg_.Add(e.amplitude_deg);
        saccade_peak_velocity_deg_per_s_.Add(e.peak_velocity_deg_per_s);
        break;
      case EventType::kBlink:
        blink_duration_ms_.Add(static_cast<double>(e.duration_us()) / util::kMicrosecondsPerMillisecond);
        break;
    }
  }
}

void RecordingMetrics::Finish(RecordingResult* result) const {
  // The last sample covers one sample interval, as in the event convention.
  const double duration_s =
      samples_ > 0 ? static_cast<double>(last_time_us_ - first_time_us_ + last_interval_us_) / util::kMicrosecondsPerSecond : 0.0;
  result->duration_s = duration_s;
  result->samples = samples_;
  result->valid_samples = valid_samples_;
  result->on_screen_samples = on_screen_samples_;
  result->sampling_rate_hz = intervals_.RateHz();
  result->fixation_count = fixation_duration_ms_.count();
  result->fixation_duration_mean_ms = fixation_duration_ms_.mean();
  result->saccade_count = saccade_amplitude_deg_.count();
  result->saccade_amplitude_mean_deg = saccade_amplitude_deg_.mean();
  result->saccade_peak_velocity_mean_deg_per_s = saccade_peak_velocity_deg_per_s_.mean();
  result->blink_count = blink_duration_ms_.count();
  result->blink_duration_mean_ms = blink_duration_ms_.mean();
  result->blink_rate_per_min =
      duration_s > 0 ? util::kSecondsPerMinute * static_cast<double>(blink_duration_ms_.count()) / duration_s : OnlineStats::kNaN;
  result->precision_rms_s2s_deg =
      s2s_pairs_ > 0 ? std::sqrt(s2s_squares_ / static_cast<double>(s2s_pairs_)) : OnlineStats::kNaN;
  result->pupil_mean_mm = pupil_mm_.mean();
}

}  // namespace tobii::metrics
