#include "run/prepare_study.h"

#include <utility>

#include "study/missing_groups.h"
#include "study/sample_choice.h"
#include "study/sync_event.h"
#include "util/stop_signal.h"

namespace tobii::study {

namespace {

// Each annotated recording's behaviours on its own clock, before the heavy
// work, so that their problems are listed with the others. The
// observation is then let go but for its id (and its bouts' number, for
// run.json): a study's worth of bouts, media files and independent
// variables, twice over, would grow the run's memory with the number of
// recordings.
std::vector<boris::BehaviorTimeline> AlignTimelines(const BehaviorSettings& behavior, StudyInputs* inputs) {
  std::vector<boris::BehaviorTimeline> timelines(inputs->recordings.size());
  for (std::size_t i = 0; i < inputs->recordings.size(); ++i) {
    RecordingInput& input = inputs->recordings[i];
    if (input.observation) {
      const boris::ClockSync clock = input.clock_sync.value_or(boris::ClockSync{behavior.offset_s});
      timelines[i] = boris::AlignObservation(*input.observation, input.annotation_file, behavior, clock,
                                             &inputs->problems);
      input.observation_bouts = input.observation->bouts.size();
      boris::Observation id_only;
      id_only.id = std::move(input.observation->id);
      input.observation = std::move(id_only);
    }
  }
  return timelines;
}

// Keeps the recordings `keep` says (and their sample-figure choices), in
// file order.
void KeepOnly(const std::function<bool(const RecordingInput&)>& keep, PreparedStudy* prepared) {
  std::vector<RecordingInput>& recordings = prepared->inputs.recordings;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < recordings.size(); ++i) {
    if (!keep(recordings[i])) continue;
    if (kept != i) {
      recordings[kept] = std::move(recordings[i]);
      prepared->sample_traces[kept] = prepared->sample_traces[i];
    }
    ++kept;
  }
  recordings.resize(kept);
  prepared->sample_traces.resize(kept);
}

}  // namespace

Status PrepareStudy(const RunOptions& options, PreparedStudy* prepared,
                    const std::function<bool(const RecordingInput&)>& keep) {
  const Settings& settings = options.settings;
  DiscoverOptions discover;
  discover.exclude = options.out;
  discover.read_boris = options.read_boris;
  if (!boris::ParseMatchRule(settings.behavior.match, &discover.match)) {
    return Status::Error("unknown BORIS matching rule \"" + settings.behavior.match + "\"");
  }
  discover.sync_table = options.sync_table;
  discover.sync = options.sync;
  discover.names_from_path = options.names_from_path;
  discover.interrupt = options.interrupt;
  StudyInputs& inputs = prepared->inputs;
  if (Status s = DiscoverStudy(options.study, &inputs, discover); !s.ok()) return s;
  if (options.require_groups) {
    if (Status s = RequireSomeGroup(inputs, options.names_from_path); !s.ok()) {
      prepared->no_groups = true;
      return s;
    }
  }
  prepared->recordings_found = inputs.recordings.size();
  // Chosen from the whole study, before a shard keeps its share; its
  // problems listed after the others, in the order a run tells them.
  std::vector<Problem> choice_problems;
  prepared->sample_traces = ChooseSampleRecordings(inputs.recordings, settings.figures, &choice_problems);
  if (keep) KeepOnly(keep, prepared);
  if (!settings.behavior.sync_event.empty()) {
    SyncByEvent(settings.behavior.sync_event, options.jobs, options.interrupt, &inputs.recordings,
                &inputs.problems);
    if (util::StopSignal(options.interrupt) != 0) return Status::Error(kDiscoveryStopped);
  }
  prepared->timelines = AlignTimelines(settings.behavior, &inputs);
  inputs.problems.insert(inputs.problems.end(), choice_problems.begin(), choice_problems.end());
  return Status::Ok();
}

}  // namespace tobii::study
