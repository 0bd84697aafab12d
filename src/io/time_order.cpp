#include "io/time_order.h"

#include <algorithm>

namespace tobii::io {

void TimeOrder::Damaged(std::int64_t line, const std::string& what) {
  damage_->Add(Damage::kTimeBackwards, name_ + ":" + std::to_string(line) + ":1: " + what);
}

void TimeOrder::HandOnHeld(SampleChunk* chunk) {
  while (!events_.empty() && events_.front().first <= held_number_) {
    chunk->events.push_back(std::move(events_.front().second));
    events_.pop_front();
  }
  chunk->samples.push_back(*held_);
  before_last_us_ = last_us_;
  last_us_ = held_->time_us;
  ++handed_on_;
  held_.reset();
}

// The held sample jumped out of line when the newcomer, before it but not
// before the last sample handed on, shows it far ahead: further past the
// last sample handed on than kOutlierSteps of the step before that. A
// first sample, with none before it, is out of line when the second comes
// before it (one sample is lost either way); with one sample handed on
// there is no step to judge by, and the newcomer is the one out of order.
bool TimeOrder::HeldJumped(std::int64_t time_us) const {
  if (!held_ || time_us >= held_->time_us) return false;
  if (handed_on_ == 0) return true;
  if (handed_on_ == 1 || time_us < last_us_) return false;
  const std::int64_t step = std::max<std::int64_t>(last_us_ - before_last_us_, 1);
  return held_->time_us - last_us_ > kOutlierSteps * step;
}

bool TimeOrder::Rejects(std::int64_t time_us) const {
  return time_us < last_us_ || (held_ && time_us < held_->time_us && !HeldJumped(time_us));
}

void TimeOrder::Add(const Sample& sample, std::int64_t line, SampleChunk* chunk) {
  if (Rejects(sample.time_us)) {  // the reader's Rejects() check let it through: say it here
    Damaged(line, "expected a time not before the previous sample's, found " + std::to_string(sample.time_us) +
                      " \xC2\xB5s");
    return;
  }
  if (HeldJumped(sample.time_us)) {
    Damaged(held_line_, "expected a time between the samples around it, found " + std::to_string(held_->time_us) +
                            " \xC2\xB5s, later than the " + std::to_string(sample.time_us) +
                            " \xC2\xB5s after it (a corrupt time?)");
    held_.reset();  // its events go on with this sample
  } else if (held_) {
    HandOnHeld(chunk);
  }
  held_ = sample;
  held_line_ = line;
  held_number_ = ++taken_;
}

void TimeOrder::AddEvent(RecordingEvent event) { events_.emplace_back(taken_ + 1, std::move(event)); }

void TimeOrder::Flush(SampleChunk* chunk) {
  if (held_) HandOnHeld(chunk);
  for (auto& [number, event] : events_) chunk->events.push_back(std::move(event));
  events_.clear();
}

}  // namespace tobii::io
