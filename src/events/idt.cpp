#include "events/idt.h"

#include "events/run_length.h"
#include "util/units.h"

namespace tobii::events {


IdtClassifier::IdtClassifier(const IdtSettings& settings, const ScreenGeometry& screen)
    : dispersion_threshold_deg_(settings.dispersion_threshold_deg),
      screen_(screen),
      min_duration_us_(static_cast<std::int64_t>(settings.min_fixation_duration_ms * util::kMicrosecondsPerMillisecond)) {}

void IdtClassifier::Push(std::span<const LabelledSample> samples, std::vector<LabelledSample>* out) {
  for (LabelledSample sample : samples) {
    const std::int64_t t = sample.gaze.time_us;
    if (any_sample_ && t > last_time_us_) last_interval_us_ = t - last_time_us_;
    last_time_us_ = t;
    any_sample_ = true;

    if (sample.label == SampleClass::kLost) {
      Flush(SampleClass::kUnclassified, out);
      in_fixation_ = false;
      follows_fixation_ = false;
      out->push_back(sample);
      continue;
    }
    if (in_fixation_) {
      Extent grown = fixation_;
      grown.Add(preprocess::GazeDirectionDeg(sample.gaze, screen_));
      if (grown.Dispersion() <= dispersion_threshold_deg_) {
        fixation_ = grown;
        sample.label = SampleClass::kFixation;
        out->push_back(sample);
        continue;
      }
      in_fixation_ = false;  // this sample starts the next window
      follows_fixation_ = true;
    }
    window_.push_back(sample);
    TryWindow(out);
  }
}

void IdtClassifier::Finish(std::vector<LabelledSample>* out) { Flush(SampleClass::kUnclassified, out); }

// While the window spans the minimum duration (events/run_length.h): a
// fixation if compact enough, else its first sample is a saccade sample and
// the window moves on.
void IdtClassifier::TryWindow(std::vector<LabelledSample>* out) {
  const auto long_enough = [&] {
    return LastsAtLeast(window_.front().gaze.time_us, window_.back().gaze.time_us, last_interval_us_,
                        min_duration_us_);
  };
  while (!window_.empty() && long_enough()) {
    Extent extent;
    for (const LabelledSample& s : window_) extent.Add(preprocess::GazeDirectionDeg(s.gaze, screen_));
    if (extent.Dispersion() <= dispersion_threshold_deg_) {
      window_.front().event_start = follows_fixation_;
      Flush(SampleClass::kFixation, out);
      in_fixation_ = true;
      fixation_ = extent;
      return;
    }
    LabelledSample saccade = window_.front();
    saccade.label = SampleClass::kSaccade;
    out->push_back(saccade);
    window_.pop_front();
    follows_fixation_ = false;
  }
  while (window_.size() > kMaxIdtWindowSamples) {
    out->push_back(window_.front());  // unclassified
    window_.pop_front();
  }
}

void IdtClassifier::Flush(SampleClass label, std::vector<LabelledSample>* out) {
  for (LabelledSample s : window_) {
    s.label = label;
    if (label != SampleClass::kFixation) s.event_start = false;
    out->push_back(s);
  }
  window_.clear();
}

}  // namespace tobii::events
