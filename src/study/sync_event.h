// Sync by a named event: a moment logged in both the export (a key press,
// a TTL pulse: Pro Lab's `Event` or `Event value`) and the BORIS
// observation (a point or the start of a state, coded on the video) puts
// the observation on the recording's clock:
//
//   offset_s = its media time in BORIS - its recording time in the export
//
// (boris/alignment.h: recording time = media time - offset_s). Names
// compare without case; the first occurrence on each side counts.
//
// Cost: the export is read from its start up to the event (to its end when
// the event is missing), before the analysis pass; only recordings that
// need it are read, several at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boris/annotations.h"
#include "study/discover.h"
#include "tobii/problem.h"
#include "tobii/status.h"

namespace tobii::study {

// The recording time of the recording's first event row named `name`
// (in `Event` or `Event value`); none when it has no such row. Once
// `interrupt` (may be null) is set, it stops within a chunk and fails with
// kDiscoveryStopped (study/discover.h).
Status FindExportEvent(const RecordingInput& input, std::string_view name,
                       std::optional<std::int64_t>* time_us, const std::atomic<int>* interrupt = nullptr);

// The BORIS time (s, as exported) of the first bout of `behavior`, any
// subject; none when it was never coded.
std::optional<double> FirstCoded(const boris::Observation& observation, std::string_view behavior);

// Gives each annotated recording without an offset of its own
// (clock_sync) the offset its sync events imply, reading up to `jobs`
// exports at once. A recording whose export or observation lacks the
// event, or whose export fails, keeps no annotations: an error problem
// says which side lacks it. Once `interrupt` (may be null) is set, no
// export is read further and nothing is changed.
void SyncByEvent(const std::string& name, int jobs, const std::atomic<int>* interrupt,
                 std::vector<RecordingInput>* recordings, std::vector<Problem>* problems);

}  // namespace tobii::study
