#include "events/velocity.h"

#include "util/units.h"

namespace tobii::events {

namespace {

using preprocess::GazeSample;

using util::kMicrosecondsPerMillisecond;
using util::kMicrosecondsPerSecond;

}  // namespace

VelocityStage::VelocityStage(double window_ms)
    : half_window_us_(0.5 * window_ms * kMicrosecondsPerMillisecond + kWindowSlackUs) {}

void VelocityStage::Push(std::span<const GazeSample> samples, std::vector<LabelledSample>* out) {
  for (const GazeSample& sample : samples) {
    window_.push_back(sample);
    Release(false, out);
  }
}

void VelocityStage::Finish(std::vector<LabelledSample>* out) {
  Release(true, out);
  window_.clear();
  next_ = 0;
}

float VelocityStage::VelocityAt(std::size_t index) const {
  const bool valid_before = index > 0 && window_[index - 1].valid;
  const bool valid_after = index + 1 < window_.size() && window_[index + 1].valid;
  if (!valid_before && !valid_after) return kMissing;
  const std::int64_t t = window_[index].time_us;
  std::size_t first = index;
  while (first > 0 && index - first < kMaxHalfWindowSamples && t - window_[first - 1].time_us <= half_window_us_) {
    --first;
  }
  if (first == index && index > 0) --first;
  std::size_t last = index;
  while (last + 1 < window_.size() && last - index < kMaxHalfWindowSamples &&
         window_[last + 1].time_us - t <= half_window_us_) {
    ++last;
  }
  if (last == index && last + 1 < window_.size()) ++last;
  while (first < last && !window_[first].valid) ++first;
  while (last > first && !window_[last].valid) --last;
  if (first >= last) return kMissing;
  const GazeSample& a = window_[first];
  const GazeSample& b = window_[last];
  const double seconds = static_cast<double>(b.time_us - a.time_us) / kMicrosecondsPerSecond;
  if (seconds <= 0) return kMissing;
  return static_cast<float>(preprocess::DirectionAngleDeg(a, b) / seconds);
}

void VelocityStage::Release(bool finishing, std::vector<LabelledSample>* out) {
  while (next_ < window_.size()) {
    const GazeSample& sample = window_[next_];
    const std::size_t after = window_.size() - next_ - 1;
    const bool window_complete =
        after > 0 && (window_.back().time_us - sample.time_us > half_window_us_ || after >= kMaxHalfWindowSamples);
    if (!window_complete && !finishing) break;
    LabelledSample labelled{.gaze = sample};
    if (sample.valid) {
      labelled.velocity_deg_per_s = VelocityAt(next_);
    } else {
      labelled.label = SampleClass::kLost;
    }
    out->push_back(labelled);
    ++next_;
    // Keep only what the next sample's window can reach.
    while (next_ > 1 && next_ < window_.size() &&
           (window_.front().time_us < window_[next_].time_us - half_window_us_ || next_ > kMaxHalfWindowSamples)) {
      window_.pop_front();
      --next_;
    }
  }
}

}  // namespace tobii::events
