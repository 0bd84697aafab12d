// Intervals of a recording ("times of interest", Pro Lab): found from the
// export's events as they stream by (each stimulus presentation, and each
// stretch between two named events: IntervalSettings::between), and given
// by their times in the study's interval table (study/interval_table.h).
// The whole recording is an interval too; metrics/aoi_metrics.h adds it.
//
// Memory: a few numbers and a name per interval.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tobii/sample.h"
#include "tobii/status.h"

namespace tobii::aoi {

// An interval between two named events: "NAME=START..END".
struct EventPairSpec {
  std::string name;
  std::string start;  // an event's `Event` or `Event value`, compared without case
  std::string end;
};

// Reads "NAME=START..END"; the error says what is wrong.
Status ParseEventPairSpec(std::string_view text, EventPairSpec* spec);
// Every one of IntervalSettings::between; the error names the bad one.
Status ParseEventPairSpecs(std::span<const std::string> texts, std::vector<EventPairSpec>* specs);

// An interval given by its times on the recording's clock (the export's
// `Recording timestamp`), from a row of the study's interval table.
struct TableInterval {
  std::string name;
  std::int64_t start_us = 0;
  std::int64_t end_us = 0;  // > start_us
  std::string where;        // "file:line", for messages
};

inline constexpr std::int64_t kOpenEnd = std::numeric_limits<std::int64_t>::max();

struct IntervalSpan {
  std::string name;      // the stimulus, or the event pair's name
  std::string kind;      // "stimulus", "events" or "table"
  std::int64_t start_us = 0;
  std::int64_t end_us = kOpenEnd;  // kOpenEnd while open
  // 0: stimuli; 1 + i: between[i]; then one per name of the table's
  // intervals. A track's intervals never overlap.
  std::size_t track = 0;
};

// The stimulus events that open and close a presentation.
bool IsStimulusStart(std::string_view event);
bool IsStimulusEnd(std::string_view event);

class IntervalFinder {
 public:
  // `table`: the recording's intervals from the interval table, which
  // are known from the start. REQUIRES: those of one name do not overlap
  // (study/interval_table.h drops rows that do).
  explicit IntervalFinder(std::vector<EventPairSpec> between, std::span<const TableInterval> table = {});

  // Events in time order (SampleChunk::events).
  void Add(std::span<const RecordingEvent> events);
  // Closes what is still open at the recording's end, and cuts the table's
  // intervals to it.
  void Finish(std::int64_t recording_end_us);

  // Every interval so far: the table's (by name, then time), then those
  // found in the order they opened.
  const std::vector<IntervalSpan>& intervals() const { return intervals_; }
  std::size_t tracks() const { return open_.size(); }
  // The stimulus on screen at `time_us`: the open or closed stimulus
  // interval holding it; empty for none. Times asked must not decrease
  // between calls with the same `cursor` (start it at 0).
  const std::string& StimulusAt(std::int64_t time_us, std::size_t* cursor) const;

 private:
  void Open(std::size_t track, std::string name, std::string kind, std::int64_t time_us);
  void Close(std::size_t track, std::int64_t time_us);

  std::vector<EventPairSpec> between_;
  std::vector<IntervalSpan> intervals_;
  std::vector<std::size_t> open_;  // per track: the open interval's index, or npos
  std::vector<std::size_t> stimuli_;  // indices of the stimulus intervals, in time order
};

}  // namespace tobii::aoi
