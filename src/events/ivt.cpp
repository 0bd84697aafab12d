#include "events/ivt.h"

#include <cmath>

namespace tobii::events {

namespace {

using preprocess::GazeSample;

constexpr double kMicrosecondsPerMillisecond = 1000.0;
constexpr double kMicrosecondsPerSecond = 1e6;

// The window never holds more than this many samples on either side of the
// sample being classified, whatever the timestamps do (a clock that stands
// still would otherwise grow it without bound). 20 ms at 1200 Hz is 12.
constexpr std::size_t kMaxHalfWindowSamples = 256;

// The fields of a GazeSample that a run averages, in Run::sums order.
constexpr float GazeSample::*kAveraged[] = {&GazeSample::x_px,      &GazeSample::y_px,     &GazeSample::gaze_x_mm,
                                             &GazeSample::gaze_y_mm, &GazeSample::eye_x_mm, &GazeSample::eye_y_mm,
                                             &GazeSample::eye_z_mm};

}  // namespace

IvtDetector::IvtDetector(const IvtSettings& ivt, const BlinkSettings& blink) : ivt_(ivt), blink_(blink) {}

void IvtDetector::Push(std::span<const GazeSample> samples, std::vector<Event>* events) {
  for (const GazeSample& sample : samples) {
    if (!window_.empty() && sample.time_us > window_.back().time_us) {
      last_interval_us_ = sample.time_us - window_.back().time_us;
    }
    window_.push_back(sample);
    ClassifyReady(false, events);
  }
}

void IvtDetector::Finish(std::vector<Event>* events) {
  ClassifyReady(true, events);
  if (run_) {
    CloseRun(window_.back().time_us + last_interval_us_, nullptr, events);
  }
  FlushPending(events);
  window_.clear();
  next_ = 0;
}

// Velocity of window_[index]: the angle between the first and the last valid
// samples of the window centred on it, seen from the centre sample's eye,
// over their time difference (Olsen 2012). The window always reaches the
// immediate neighbours, so low sampling rates still get a velocity.
float IvtDetector::VelocityAt(std::size_t index) const {
  const double half_us = 0.5 * ivt_.velocity_window_ms * kMicrosecondsPerMillisecond;
  const std::int64_t t = window_[index].time_us;
  std::size_t first = index;
  while (first > 0 && index - first < kMaxHalfWindowSamples && t - window_[first - 1].time_us <= half_us) --first;
  if (first == index && index > 0) --first;
  std::size_t last = index;
  while (last + 1 < window_.size() && last - index < kMaxHalfWindowSamples && window_[last + 1].time_us - t <= half_us) {
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
  return static_cast<float>(preprocess::AngleDeg(a, b, window_[index]) / seconds);
}

void IvtDetector::ClassifyReady(bool finishing, std::vector<Event>* events) {
  const double half_us = 0.5 * ivt_.velocity_window_ms * kMicrosecondsPerMillisecond;
  while (next_ < window_.size()) {
    const GazeSample& sample = window_[next_];
    const std::size_t after = window_.size() - next_ - 1;
    const bool window_complete =
        after > 0 && (window_.back().time_us - sample.time_us > half_us || after >= kMaxHalfWindowSamples);
    if (!window_complete && !finishing) break;
    SampleClass type = SampleClass::kGap;
    float velocity = kMissing;
    if (sample.valid) {
      velocity = VelocityAt(next_);
      type = !IsPresent(velocity)                                ? SampleClass::kUnknown
             : velocity >= ivt_.velocity_threshold_deg_per_s ? SampleClass::kSaccade
                                                                 : SampleClass::kFixation;
    }
    AddToRun(sample, type, velocity, events);
    ++next_;
    // Keep only what the next sample's window can reach.
    while (next_ > 1 && next_ < window_.size() &&
           (window_.front().time_us < window_[next_].time_us - half_us || next_ > kMaxHalfWindowSamples)) {
      window_.pop_front();
      --next_;
    }
  }
}

void IvtDetector::AddToRun(const GazeSample& sample, SampleClass type, float velocity,
                           std::vector<Event>* events) {
  if (run_ && run_->type != type) CloseRun(sample.time_us, &sample, events);
  if (!run_) {
    run_.emplace();
    run_->type = type;
    run_->onset_us = sample.time_us;
    run_->start = last_valid_;
  }
  Run& run = *run_;
  ++run.samples;
  run.all_lost = run.all_lost && sample.both_eyes_lost;
  if (sample.valid) {
    ++run.valid;
    for (std::size_t i = 0; i < std::size(kAveraged); ++i) run.sums[i] += sample.*kAveraged[i];
    if (!run.start) run.start = sample;
    if (run.last && run.last->valid) {
      const double angle = preprocess::AngleDeg(*run.last, sample, sample);
      run.s2s_squares += angle * angle;
      ++run.s2s_pairs;
    }
    last_valid_ = sample;
  }
  run.last = sample;
  if (IsPresent(velocity) && velocity > run.peak_velocity) run.peak_velocity = velocity;
}

void IvtDetector::CloseRun(std::int64_t offset_us, const GazeSample* next, std::vector<Event>* events) {
  const Run run = *run_;
  run_.reset();
  Event event;
  event.onset_us = run.onset_us;
  event.offset_us = offset_us;
  switch (run.type) {
    case SampleClass::kFixation: {
      Fixation fixation;
      fixation.event = event;
      fixation.event.type = EventType::kFixation;
      fixation.centre.valid = true;
      for (std::size_t i = 0; i < std::size(kAveraged); ++i) {
        fixation.centre.*kAveraged[i] = static_cast<float>(run.sums[i] / static_cast<double>(run.valid));
      }
      fixation.event.x_px = fixation.centre.x_px;
      fixation.event.y_px = fixation.centre.y_px;
      fixation.s2s_squares = run.s2s_squares;
      fixation.event.s2s_pairs = run.s2s_pairs;
      OnFixation(fixation, events);
      break;
    }
    case SampleClass::kSaccade: {
      // From the last valid sample before the saccade to where it lands.
      const GazeSample& end = next != nullptr && next->valid ? *next : *last_valid_;
      const GazeSample& start = run.start ? *run.start : end;
      event.type = EventType::kSaccade;
      event.x_px = end.x_px;
      event.y_px = end.y_px;
      event.amplitude_deg = static_cast<float>(preprocess::AngleDeg(start, end, end));
      event.peak_velocity_deg_per_s = run.peak_velocity;
      OnOtherEvent(event, events);
      break;
    }
    case SampleClass::kGap: {
      const double duration_ms = static_cast<double>(offset_us - run.onset_us) / kMicrosecondsPerMillisecond;
      if (run.all_lost && duration_ms >= blink_.min_duration_ms && duration_ms <= blink_.max_duration_ms) {
        event.type = EventType::kBlink;
        OnOtherEvent(event, events);
      }
      break;
    }
    case SampleClass::kUnknown:
      break;
  }
}

// Tobii's "merge adjacent fixations": a fixation that starts at most
// merge_max_gap_ms after the previous one ends, at most merge_max_angle_deg
// away, continues it. A blink in between keeps them apart.
void IvtDetector::OnFixation(const Fixation& fixation, std::vector<Event>* events) {
  if (pending_) {
    Fixation& previous = *pending_;
    const double gap_ms =
        static_cast<double>(fixation.event.onset_us - previous.event.offset_us) / kMicrosecondsPerMillisecond;
    bool blink_between = false;
    for (const Event& e : held_) blink_between = blink_between || e.type == EventType::kBlink;
    if (!blink_between && gap_ms <= ivt_.merge_max_gap_ms &&
        preprocess::AngleDeg(previous.centre, fixation.centre, fixation.centre) <= ivt_.merge_max_angle_deg) {
      const double w0 = static_cast<double>(previous.event.duration_us());
      const double w1 = static_cast<double>(fixation.event.duration_us());
      for (float GazeSample::*field : kAveraged) {
        previous.centre.*field =
            static_cast<float>((previous.centre.*field * w0 + fixation.centre.*field * w1) / (w0 + w1));
      }
      previous.event.x_px = previous.centre.x_px;
      previous.event.y_px = previous.centre.y_px;
      previous.event.offset_us = fixation.event.offset_us;
      previous.s2s_squares += fixation.s2s_squares;
      previous.event.s2s_pairs += fixation.event.s2s_pairs;
      held_.clear();
      return;
    }
    FlushPending(events);
  }
  pending_ = fixation;
}

void IvtDetector::OnOtherEvent(const Event& event, std::vector<Event>* events) {
  if (!pending_) {
    events->push_back(event);
    return;
  }
  held_.push_back(event);
  const double since_fixation_ms =
      static_cast<double>(event.offset_us - pending_->event.offset_us) / kMicrosecondsPerMillisecond;
  if (since_fixation_ms > ivt_.merge_max_gap_ms) FlushPending(events);
}

// Emits the pending fixation (unless too short: Tobii's "discard short
// fixations" leaves its samples unclassified) and the events after it.
void IvtDetector::FlushPending(std::vector<Event>* events) {
  if (pending_) {
    const double duration_ms = static_cast<double>(pending_->event.duration_us()) / kMicrosecondsPerMillisecond;
    if (duration_ms >= ivt_.min_fixation_duration_ms) {
      Event& fixation = pending_->event;
      if (fixation.s2s_pairs > 0) {
        fixation.rms_s2s_deg = static_cast<float>(std::sqrt(pending_->s2s_squares / fixation.s2s_pairs));
      }
      events->push_back(fixation);
    }
    pending_.reset();
  }
  events->insert(events->end(), held_.begin(), held_.end());
  held_.clear();
}

}  // namespace tobii::events
