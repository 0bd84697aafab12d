#include "events/event_builder.h"

#include <algorithm>
#include <cmath>

#include "util/units.h"

namespace tobii::events {

namespace {

using preprocess::GazeSample;


// The fields of a GazeSample that a run averages, in Run::sums order.
constexpr float GazeSample::*kAveraged[] = {&GazeSample::x_px,     &GazeSample::y_px,     &GazeSample::gaze_x_mm,
                                             &GazeSample::gaze_y_mm, &GazeSample::eye_x_mm, &GazeSample::eye_y_mm,
                                             &GazeSample::eye_z_mm, &GazeSample::dir_x,    &GazeSample::dir_y,
                                             &GazeSample::dir_z};

double Milliseconds(std::int64_t us) { return static_cast<double>(us) / util::kMicrosecondsPerMillisecond; }

}  // namespace

EventBuilder::EventBuilder(const EventBuilderOptions& options) : options_(options) {}

void EventBuilder::Push(std::span<const LabelledSample> samples, std::vector<Event>* events) {
  for (const LabelledSample& sample : samples) Add(sample, events);
}

void EventBuilder::Finish(std::vector<Event>* events) {
  if (run_) CloseRun(last_time_us_ + last_interval_us_, nullptr, events);
  FlushPending(events);
}

void EventBuilder::Add(const LabelledSample& labelled, std::vector<Event>* events) {
  const GazeSample& sample = labelled.gaze;
  if (any_sample_ && sample.time_us > last_time_us_) last_interval_us_ = sample.time_us - last_time_us_;
  last_time_us_ = sample.time_us;
  any_sample_ = true;

  if (run_ && (run_->type != labelled.label || labelled.event_start)) CloseRun(sample.time_us, &sample, events);
  if (!run_) {
    run_.emplace();
    run_->type = labelled.label;
    run_->onset_us = sample.time_us;
    run_->start = last_valid_;
  }
  Run& run = *run_;
  if (sample.both_eyes_lost && !run.in_both_lost) {
    ++run.both_lost_stretches;
    run.in_both_lost = true;
    run.both_lost_onset_us = sample.time_us;
  } else if (!sample.both_eyes_lost && run.in_both_lost) {
    run.in_both_lost = false;
    run.both_lost_offset_us = sample.time_us;
  }
  if (sample.valid) {
    ++run.valid;
    for (std::size_t i = 0; i < std::size(kAveraged); ++i) run.sums[i] += sample.*kAveraged[i];
    run.extent.Add(preprocess::GazeDirectionDeg(sample, options_.screen));
    if (!run.start) run.start = sample;
    if (run.last && run.last->valid) {
      const double angle = preprocess::AngleDeg(*run.last, sample, sample);
      run.s2s_squares += angle * angle;
      ++run.s2s_pairs;
    }
    last_valid_ = sample;
  }
  run.last = sample;
  const float velocity = labelled.velocity_deg_per_s;
  if (IsPresent(velocity) && velocity > run.peak_velocity) run.peak_velocity = velocity;
}

void EventBuilder::CloseRun(std::int64_t offset_us, const GazeSample* next, std::vector<Event>* events) {
  Run run = *run_;
  run_.reset();
  const SampleClass before = previous_run_;
  previous_run_ = run.type;
  if (run.in_both_lost) run.both_lost_offset_us = offset_us;
  Event event;
  event.onset_us = run.onset_us;
  event.offset_us = offset_us;
  event.peak_velocity_deg_per_s = run.peak_velocity;
  event.dispersion_deg = static_cast<float>(run.extent.Dispersion());
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
      fixation.last_part = fixation.centre;
      fixation.extent = run.extent;
      fixation.s2s_squares = run.s2s_squares;
      fixation.event.s2s_pairs = run.s2s_pairs;
      OnFixation(fixation, events);
      break;
    }
    case SampleClass::kSaccade: {
      const bool at_loss = before == SampleClass::kLost || (next != nullptr && !next->valid);
      if (options_.drop_saccades_at_loss && at_loss) break;
      const bool oscillation = last_saccade_offset_us_ && options_.post_saccadic_max_ms > 0 &&
                               Milliseconds(run.onset_us - *last_saccade_offset_us_) <= options_.post_saccadic_max_ms;
      last_saccade_offset_us_ = offset_us;
      if (oscillation) break;
      // From the last valid sample before the saccade to where it lands.
      const GazeSample& end = next != nullptr && next->valid ? *next : *last_valid_;
      const GazeSample& start = run.start ? *run.start : end;
      event.type = EventType::kSaccade;
      event.x_px = end.x_px;
      event.y_px = end.y_px;
      event.start_x_px = start.x_px;
      event.start_y_px = start.y_px;
      event.amplitude_deg = static_cast<float>(preprocess::AngleDeg(start, end, end));
      OnOtherEvent(event, events);
      break;
    }
    case SampleClass::kLost: {
      // A loss as long as a blink may hide movements: a saccade after it is
      // measured from where the gaze comes back, not from before the loss.
      // A shorter loss lies within one movement (a lost sample inside a
      // saccade), which keeps its start.
      if (Milliseconds(offset_us - run.onset_us) >= options_.blink.min_duration_ms) last_valid_.reset();
      // A loss at the start or the end of the recording has no known length.
      const bool bounded = run.start.has_value() && next != nullptr;
      const double duration_ms = Milliseconds(run.both_lost_offset_us - run.both_lost_onset_us);
      if (bounded && run.both_lost_stretches == 1 && duration_ms >= options_.blink.min_duration_ms &&
          duration_ms <= options_.blink.max_duration_ms) {
        Event blink;
        blink.type = EventType::kBlink;
        blink.onset_us = run.both_lost_onset_us;
        blink.offset_us = run.both_lost_offset_us;
        OnOtherEvent(blink, events);
      }
      break;
    }
    case SampleClass::kUnclassified:
      break;
  }
}

void EventBuilder::OnFixation(const Fixation& fixation, std::vector<Event>* events) {
  if (pending_ && MergeIntoPending(fixation)) return;
  FlushPending(events);
  pending_ = fixation;
  if (!options_.merge_fixations) FlushPending(events);
}

bool EventBuilder::MergeIntoPending(const Fixation& fixation) {
  Fixation& previous = *pending_;
  const double gap_ms = Milliseconds(fixation.event.onset_us - previous.event.offset_us);
  const bool blink_between =
      std::any_of(held_.begin(), held_.end(), [](const Event& e) { return e.type == EventType::kBlink; });
  if (blink_between || gap_ms > options_.merge_max_gap_ms ||
      preprocess::DirectionAngleDeg(previous.last_part, fixation.centre) > options_.merge_max_angle_deg) {
    return false;
  }
  const double w0 = static_cast<double>(previous.event.duration_us());
  const double w1 = static_cast<double>(fixation.event.duration_us());
  for (float GazeSample::*field : kAveraged) {
    previous.centre.*field = static_cast<float>((previous.centre.*field * w0 + fixation.centre.*field * w1) / (w0 + w1));
  }
  previous.event.x_px = previous.centre.x_px;
  previous.event.y_px = previous.centre.y_px;
  previous.last_part = fixation.centre;
  previous.event.offset_us = fixation.event.offset_us;
  previous.event.peak_velocity_deg_per_s =
      std::max(previous.event.peak_velocity_deg_per_s, fixation.event.peak_velocity_deg_per_s);
  previous.extent.Add(fixation.extent);
  previous.event.dispersion_deg = static_cast<float>(previous.extent.Dispersion());
  previous.s2s_squares += fixation.s2s_squares;
  previous.event.s2s_pairs += fixation.event.s2s_pairs;
  held_.clear();
  return true;
}

void EventBuilder::OnOtherEvent(const Event& event, std::vector<Event>* events) {
  if (!pending_) {
    Emit(event, events);
    return;
  }
  held_.push_back(event);
  if (Milliseconds(event.offset_us - pending_->event.offset_us) > options_.merge_max_gap_ms) FlushPending(events);
}

// Emits the pending fixation (unless too short: Tobii's "discard short
// fixations" leaves its samples unclassified) and the events after it.
void EventBuilder::FlushPending(std::vector<Event>* events) {
  if (pending_) {
    if (Milliseconds(pending_->event.duration_us()) >= options_.min_fixation_duration_ms) {
      Event& fixation = pending_->event;
      if (fixation.s2s_pairs > 0) {
        fixation.rms_s2s_deg = static_cast<float>(std::sqrt(pending_->s2s_squares / fixation.s2s_pairs));
      }
      Emit(fixation, events);
    }
    pending_.reset();
  }
  for (const Event& e : held_) Emit(e, events);
  held_.clear();
}

void EventBuilder::Emit(Event event, std::vector<Event>* events) {
  event.index = ++emitted_[static_cast<std::size_t>(event.type)];
  events->push_back(event);
}

}  // namespace tobii::events
