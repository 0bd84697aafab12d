#include "aoi/intervals.h"

#include <algorithm>
#include <array>
#include <utility>

#include "tobii/aoi_result.h"
#include "util/text.h"

namespace tobii::aoi {

namespace {

constexpr std::size_t kNoInterval = static_cast<std::size_t>(-1);
constexpr std::size_t kStimulusTrack = 0;

// The events that open and close a stimulus presentation: Pro Lab's
// (doc/formats/tobii-pro-lab.md) and Tobii Studio's (doc/formats/tobii-studio.md).
struct StimulusEvents {
  std::string_view start;
  std::string_view end;
};
constexpr std::array<StimulusEvents, 4> kStimulusEvents = {{
    {"ImageStimulusStart", "ImageStimulusEnd"},
    {"VideoStimulusStart", "VideoStimulusEnd"},
    {"ImageStart", "ImageEnd"},
    {"MovieStart", "MovieEnd"},
}};

bool Names(const RecordingEvent& event, std::string_view name) {
  return util::EqualsNoCase(event.name, name) || util::EqualsNoCase(event.value, name);
}

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

bool IsStimulusStart(std::string_view event) {
  for (const StimulusEvents& e : kStimulusEvents) {
    if (util::EqualsNoCase(event, e.start)) return true;
  }
  return false;
}

bool IsStimulusEnd(std::string_view event) {
  for (const StimulusEvents& e : kStimulusEvents) {
    if (util::EqualsNoCase(event, e.end)) return true;
  }
  return false;
}

Status ParseEventPairSpec(std::string_view text, EventPairSpec* spec) {
  const std::string quoted = util::QuotedFound(text);
  const std::size_t equals = text.find('=');
  const std::size_t dots = text.find("..", equals == std::string_view::npos ? 0 : equals);
  if (equals == std::string_view::npos || dots == std::string_view::npos) {
    return Status::Error("interval " + quoted + ": expected NAME=START..END, e.g. task=TaskStart..TaskEnd");
  }
  spec->name = Trimmed(text.substr(0, equals));
  spec->start = Trimmed(text.substr(equals + 1, dots - equals - 1));
  spec->end = Trimmed(text.substr(dots + 2));
  if (spec->name.empty() || spec->start.empty() || spec->end.empty()) {
    return Status::Error("interval " + quoted + ": NAME, START and END must each be given (NAME=START..END)");
  }
  if (util::EqualsNoCase(spec->name, kWholeRecording)) {
    return Status::Error("interval " + quoted + ": \"" + std::string(kWholeRecording) +
                         "\" is the whole recording's name; choose another");
  }
  return Status::Ok();
}

Status ParseEventPairSpecs(std::span<const std::string> texts, std::vector<EventPairSpec>* specs) {
  specs->clear();
  for (const std::string& text : texts) {
    EventPairSpec spec;
    if (Status s = ParseEventPairSpec(text, &spec); !s.ok()) return s;
    for (const EventPairSpec& other : *specs) {
      if (util::EqualsNoCase(other.name, spec.name)) {
        return Status::Error("interval " + util::QuotedFound(spec.name) + " is given twice");
      }
    }
    specs->push_back(std::move(spec));
  }
  return Status::Ok();
}

IntervalFinder::IntervalFinder(std::vector<EventPairSpec> between, std::span<const TableInterval> table)
    : between_(std::move(between)), open_(1 + between_.size(), kNoInterval) {
  // One track per name, its intervals in time order.
  std::vector<const TableInterval*> sorted;
  for (const TableInterval& t : table) sorted.push_back(&t);
  std::stable_sort(sorted.begin(), sorted.end(), [](const TableInterval* a, const TableInterval* b) {
    return a->name != b->name ? a->name < b->name : a->start_us < b->start_us;
  });
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i == 0 || sorted[i]->name != sorted[i - 1]->name) open_.push_back(kNoInterval);
    intervals_.push_back({.name = sorted[i]->name,
                          .kind = "table",
                          .start_us = sorted[i]->start_us,
                          .end_us = sorted[i]->end_us,
                          .track = open_.size() - 1});
  }
}

void IntervalFinder::Open(std::size_t track, std::string name, std::string kind, std::int64_t time_us) {
  open_[track] = intervals_.size();
  if (track == kStimulusTrack) stimuli_.push_back(intervals_.size());
  intervals_.push_back({.name = std::move(name), .kind = std::move(kind), .start_us = time_us, .track = track});
}

void IntervalFinder::Close(std::size_t track, std::int64_t time_us) {
  if (open_[track] == kNoInterval) return;
  intervals_[open_[track]].end_us = time_us;
  open_[track] = kNoInterval;
}

void IntervalFinder::Add(std::span<const RecordingEvent> events) {
  for (const RecordingEvent& event : events) {
    // An end closes its presentation; a start closes the one before it
    // (a presentation has no end event when the next one replaces it).
    if (IsStimulusEnd(event.name)) {
      Close(kStimulusTrack, event.time_us);
    } else if (IsStimulusStart(event.name)) {
      Close(kStimulusTrack, event.time_us);
      Open(kStimulusTrack, event.value.empty() ? event.name : event.value, "stimulus", event.time_us);
    }
    for (std::size_t i = 0; i < between_.size(); ++i) {
      const std::size_t track = 1 + i;
      // From each START to the next END: a START while open changes nothing.
      if (open_[track] != kNoInterval) {
        if (Names(event, between_[i].end)) Close(track, event.time_us);
      } else if (Names(event, between_[i].start)) {
        Open(track, between_[i].name, "events", event.time_us);
      }
    }
  }
}

void IntervalFinder::Finish(std::int64_t recording_end_us) {
  for (std::size_t track = 0; track < open_.size(); ++track) Close(track, recording_end_us);
  for (IntervalSpan& interval : intervals_) {
    if (interval.kind == "table") interval.end_us = std::min(interval.end_us, recording_end_us);
  }
}

const std::string& IntervalFinder::StimulusAt(std::int64_t time_us, std::size_t* cursor) const {
  static const std::string kNoStimulus;
  while (*cursor < stimuli_.size() && intervals_[stimuli_[*cursor]].end_us <= time_us) ++*cursor;
  if (*cursor < stimuli_.size() && intervals_[stimuli_[*cursor]].start_us <= time_us) {
    return intervals_[stimuli_[*cursor]].name;
  }
  return kNoStimulus;
}

}  // namespace tobii::aoi
