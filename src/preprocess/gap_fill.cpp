#include "preprocess/gap_fill.h"

#include <algorithm>

#include "util/units.h"

namespace tobii::preprocess {

namespace {

float Lerp(float a, float b, double f) {
  return static_cast<float>(static_cast<double>(a) + (static_cast<double>(b) - a) * f);
}

}  // namespace

GapFiller::GapFiller(double max_gap_ms) : max_gap_us_(static_cast<std::int64_t>(max_gap_ms * util::kMicrosecondsPerMillisecond)) {}

void GapFiller::Track(EyeData Sample::*eye, EyeState* state, const Sample& sample) {
  const EyeData& data = sample.*eye;
  if (data.valid) {
    if (state->gap_open && sample.time_us - state->last_valid_time_us <= max_gap_us_) {
      const double span = static_cast<double>(sample.time_us - state->last_valid_time_us);
      for (std::int64_t n = state->gap_start; n < next_; ++n) {
        Sample& filled = pending_[static_cast<std::size_t>(n - first_pending_)];
        EyeData& e = filled.*eye;
        const double f = static_cast<double>(filled.time_us - state->last_valid_time_us) / span;
        const EyeData& a = state->last_valid;
        e.gaze_x_px = Lerp(a.gaze_x_px, data.gaze_x_px, f);
        e.gaze_y_px = Lerp(a.gaze_y_px, data.gaze_y_px, f);
        e.gaze_x_mm = Lerp(a.gaze_x_mm, data.gaze_x_mm, f);
        e.gaze_y_mm = Lerp(a.gaze_y_mm, data.gaze_y_mm, f);
        e.eye_x_mm = Lerp(a.eye_x_mm, data.eye_x_mm, f);
        e.eye_y_mm = Lerp(a.eye_y_mm, data.eye_y_mm, f);
        e.eye_z_mm = Lerp(a.eye_z_mm, data.eye_z_mm, f);
        e.gaze_dir_x = Lerp(a.gaze_dir_x, data.gaze_dir_x, f);  // eye selection makes it a unit vector again
        e.gaze_dir_y = Lerp(a.gaze_dir_y, data.gaze_dir_y, f);
        e.gaze_dir_z = Lerp(a.gaze_dir_z, data.gaze_dir_z, f);
        e.valid = true;
      }
    }
    state->gap_open = false;
    state->has_last_valid = true;
    state->last_valid = data;
    state->last_valid_time_us = sample.time_us;
    return;
  }
  if (!state->gap_open && state->has_last_valid && sample.time_us - state->last_valid_time_us <= max_gap_us_) {
    state->gap_open = true;
    state->gap_start = next_;
  }
  // Once the gap is longer than can be filled, nothing needs holding back.
  if (state->gap_open && sample.time_us - state->last_valid_time_us > max_gap_us_) state->gap_open = false;
}

void GapFiller::Push(std::span<const Sample> samples, std::vector<Sample>* out) {
  for (const Sample& sample : samples) {
    pending_.push_back(sample);
    Track(&Sample::left, &left_, sample);
    Track(&Sample::right, &right_, sample);
    ++next_;
    Release(out);
  }
}

// Hands on every sample before the earliest gap that may still be filled.
void GapFiller::Release(std::vector<Sample>* out) {
  std::int64_t keep_from = next_;
  if (left_.gap_open) keep_from = std::min(keep_from, left_.gap_start);
  if (right_.gap_open) keep_from = std::min(keep_from, right_.gap_start);
  while (first_pending_ < keep_from) {
    out->push_back(pending_.front());
    pending_.pop_front();
    ++first_pending_;
  }
}

void GapFiller::Finish(std::vector<Sample>* out) {
  left_.gap_open = right_.gap_open = false;  // no valid sample will close them
  Release(out);
}

}  // namespace tobii::preprocess
