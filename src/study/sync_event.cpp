#include "study/sync_event.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <cmath>
#include <memory>

#include "util/stop_signal.h"
#include "util/text.h"
#include "util/units.h"

namespace tobii::study {

Status FindExportEvent(const RecordingInput& input, std::string_view name,
                       std::optional<std::int64_t>* time_us, const std::atomic<int>* interrupt) {
  time_us->reset();
  std::unique_ptr<io::SampleReader> reader;
  if (Status s = OpenRecordingReader(input, {}, &reader); !s.ok()) return s;
  if (Status s = reader->Open(); !s.ok()) return s;
  SampleChunk chunk;
  while (true) {
    if (util::StopSignal(interrupt) != 0) return Status::Error(kDiscoveryStopped);
    if (Status s = reader->Next(&chunk); !s.ok()) return s;
    if (chunk.empty()) return Status::Ok();
    for (const RecordingEvent& event : chunk.events) {
      if (util::EqualsNoCase(event.name, name) || util::EqualsNoCase(event.value, name)) {
        *time_us = event.time_us;
        return Status::Ok();
      }
    }
  }
}

std::optional<double> FirstCoded(const boris::Observation& observation, std::string_view behavior) {
  std::optional<double> first;
  for (const boris::Bout& bout : observation.bouts) {
    if (util::EqualsNoCase(bout.behavior, behavior) && (!first || bout.start_s < *first))
      first = bout.start_s;
  }
  return first;
}

void SyncByEvent(const std::string& name, int jobs, const std::atomic<int>* interrupt,
                 std::vector<RecordingInput>* recordings, std::vector<Problem>* problems) {
  const auto stopped = [&] { return util::StopSignal(interrupt) != 0; };
  std::vector<std::size_t> need;
  for (std::size_t i = 0; i < recordings->size(); ++i) {
    if ((*recordings)[i].observation && !(*recordings)[i].clock_sync) need.push_back(i);
  }
  struct Found {
    Status status;
    std::optional<std::int64_t> export_us;
  };
  std::vector<Found> found(need.size());
  tbb::task_arena arena(jobs > 0 ? jobs : tbb::task_arena::automatic);
  arena.execute([&] {
    tbb::parallel_for(std::size_t{0}, need.size(), [&](std::size_t k) {
      if (!stopped())
        found[k].status = FindExportEvent((*recordings)[need[k]], name, &found[k].export_us, interrupt);
    });
  });
  if (stopped()) return;
  for (std::size_t k = 0; k < need.size(); ++k) {
    RecordingInput& recording = (*recordings)[need[k]];
    const boris::Observation& observation = *recording.observation;
    const std::optional<double> coded_s = FirstCoded(observation, name);
    std::string missing;
    if (!found[k].status.ok()) {
      missing = "the export could not be read for it (" + found[k].status.message() + ")";
    } else if (!found[k].export_us) {
      missing = "the export has no event \"" + name + "\"";
    } else if (!coded_s) {
      missing = fmt::format("observation \"{}\" of {} never codes \"{}\"", observation.id,
                            recording.annotation_file, name);
    }
    if (!missing.empty()) {
      problems->push_back(
          {recording.file, Severity::kError, Stage::kSync,
           fmt::format("sync event \"{}\": {}: the recording's annotations are not used", name, missing)});
      recording.observation.reset();
      continue;
    }
    const double offset_s = std::isnan(observation.time_offset_s) ? 0.0 : observation.time_offset_s;
    const double media_s = *coded_s - offset_s;
    const double recording_s = static_cast<double>(*found[k].export_us) / util::kMicrosecondsPerSecond;
    recording.clock_sync = boris::ClockSync{media_s - recording_s, 0.0};
    recording.clock_sync_source = fmt::format("sync event \"{}\": {:.3f} s in the export, {:.3f} s in BORIS",
                                              name, recording_s, media_s);
  }
}

}  // namespace tobii::study
