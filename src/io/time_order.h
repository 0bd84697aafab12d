// TimeOrder: the samples a reader hands on, in time order, with one sample
// held back until the next confirms it, and the events read among them
// handed on with the sample after them (tobii/sample.h: SampleChunk).
//
// A sample out of order is damage to its own row (the reader says so, in
// its words: Rejects()). But a single corrupt time that jumps ahead
// (`900.0` among `12.34`, a digit flipped) would otherwise become the floor
// every later sample falls below, and the recording would fail on rows that
// are sound. So the last sample is held: when the next comes before it
// (but not before the one handed on), and the held one lies more than
// kOutlierSteps sampling steps ahead, the held one jumped out of line and
// it alone costs its row; otherwise the newcomer is the one out of order.
//
// Thread-safety: one per reader.
#pragma once

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include "io/damage.h"
#include "tobii/sample.h"

namespace tobii::io {

// How far ahead (in the last sampling step) a held sample must lie to be
// taken for a corrupt time rather than the newcomer for a late one: a
// tracker's clock never jumps ten steps between two samples and back.
inline constexpr std::int64_t kOutlierSteps = 10;

class TimeOrder {
 public:
  // `name`: the file, for messages; `damage`: where samples found out of
  // order here are counted. REQUIRES: `damage` outlives this.
  TimeOrder(std::string name, DamageLog* damage) : name_(std::move(name)), damage_(damage) {}

  // Whether a sample timed `time_us` is out of order (before the last one
  // handed on, or before the held one, which it does not prove out of
  // line), so that a reader can say so in its words and drop it.
  bool Rejects(std::int64_t time_us) const;

  // Takes the next sample, read at `line`; the sample held before goes
  // into `chunk` (with the events read before it), unless it turns out
  // out of line.
  void Add(const Sample& sample, std::int64_t line, SampleChunk* chunk);

  // Takes an event read now: it goes on with the next sample taken.
  void AddEvent(RecordingEvent event);

  // At the end of the file: hands on the sample held and every event.
  void Flush(SampleChunk* chunk);

  // Samples handed on so far.
  std::int64_t handed_on() const { return handed_on_; }

 private:
  void HandOnHeld(SampleChunk* chunk);
  bool HeldJumped(std::int64_t time_us) const;
  void Damaged(std::int64_t line, const std::string& what);

  std::string name_;
  DamageLog* damage_;
  std::optional<Sample> held_;
  std::int64_t held_line_ = 0;
  std::int64_t held_number_ = 0;  // samples taken when it was taken
  std::int64_t taken_ = 0;
  std::int64_t last_us_ = std::numeric_limits<std::int64_t>::min();  // the last sample handed on
  std::int64_t before_last_us_ = std::numeric_limits<std::int64_t>::min();  // and the one before it
  std::int64_t handed_on_ = 0;
  // Events, each with the number of the sample it goes on with.
  std::deque<std::pair<std::int64_t, RecordingEvent>> events_;
};

}  // namespace tobii::io
