#include "run/gather_outcomes.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "analysis/gaze_maps.h"
#include "aoi/unshown_stimuli.h"

namespace tobii::study {

namespace {

// An interval table's row outside its recording: times on another clock
// (a video's, the session's) would otherwise be silent zeros.
void TellIntervalsOutside(const RecordingInput& input, const IntervalResult& whole,
                          std::vector<Problem>* problems) {
  constexpr double kUsPerMs = 1e3;
  for (const aoi::TableInterval& interval : input.intervals) {
    const double start_ms = static_cast<double>(interval.start_us) / kUsPerMs;
    const double end_ms = static_cast<double>(interval.end_us) / kUsPerMs;
    if (start_ms >= whole.end_ms || end_ms <= whole.start_ms) {
      problems->push_back(
          {interval.where, Severity::kWarning, Stage::kRead,
           fmt::format(
               "interval \"{}\" ({:.10g}..{:.10g} ms) lies outside recording \"{}\" ({:.10g}..{:.10g} ms): "
               "not used; its times must be on the recording's clock (Recording timestamp)",
               interval.name, start_ms, end_ms, input.recording, whole.start_ms, whole.end_ms)});
    } else if (end_ms > whole.end_ms) {
      problems->push_back(
          {interval.where, Severity::kWarning, Stage::kRead,
           fmt::format(
               "interval \"{}\" ({:.10g}..{:.10g} ms) ends after recording \"{}\" ({:.10g} ms): cut there",
               interval.name, start_ms, end_ms, input.recording, whole.end_ms)});
    }
  }
}

// The doubts about an analysed recording, in the order they are listed.
void AddWarnings(const RecordingInput& input, const Settings& settings, PassOutcome* outcome,
                 std::vector<Problem>* problems) {
  for (std::string& damage : outcome->damage) {
    problems->push_back({input.file, Severity::kWarning, Stage::kRead, std::move(damage)});
  }
  if (!outcome->resolution_known) {
    // Not guessed in silence: pixels turn into degrees through it.
    problems->push_back({input.file, Severity::kWarning, Stage::kRead,
                         fmt::format("the file does not give its screen's resolution: {} x {} px are taken "
                                     "(--screen-width-px, --screen-height-px)",
                                     settings.screen.width_px, settings.screen.height_px)});
  }
  if (!outcome->cache_error.empty()) {
    problems->push_back({input.file, Severity::kWarning, Stage::kRead,
                         "its result could not be kept in the result cache (the next run reads it again): " +
                             outcome->cache_error});
  }
  const RecordingResult& result = *outcome->result;
  for (const BehaviorResult& b : result.behaviors) {
    if (b.clipped_s > 0) {
      problems->push_back(
          {input.annotation_file, Severity::kWarning, Stage::kBoris,
           fmt::format("observation \"{}\": {:.3f} s of \"{}\" lie past the end of recording \"{}\": clipped",
                       input.observation->id, b.clipped_s, b.behavior, input.recording)});
    }
  }
  if (!result.intervals.empty()) TellIntervalsOutside(input, result.intervals.front(), problems);
  if (result.figure_data.sample && result.figure_data.sample->time_s.empty()) {
    problems->push_back(
        {input.file, Severity::kWarning, Stage::kFigures,
         fmt::format(
             "recording \"{}\" has no sample in the stretch from --sample-start-s {} s: no sample figure",
             input.recording, settings.figures.sample_start_s)});
  }
}

}  // namespace

void GatherOutcomes(const StudyInputs& inputs, const Settings& settings, std::vector<PassOutcome>* outcomes,
                    RunObserver* observer, RunSummary* summary) {
  summary->recordings = inputs.recordings.size();
  summary->problems = inputs.problems;
  const std::size_t discovered_problems = summary->problems.size();
  // Exactly as many as were analysed: no room to spare for each of them.
  summary->results.reserve(
      summary->results.size() +
      static_cast<std::size_t>(std::count_if(outcomes->begin(), outcomes->end(),
                                             [](const PassOutcome& o) { return o.status.ok(); })));
  for (std::size_t i = 0; i < inputs.recordings.size(); ++i) {
    const RecordingInput& input = inputs.recordings[i];
    PassOutcome& outcome = (*outcomes)[i];
    if (!outcome.status.ok()) {
      summary->problems.push_back(PassFailure(input.file, outcome.status));
      ++summary->failed;
      continue;
    }
    AddWarnings(input, settings, &outcome, &summary->problems);
    RecordingResult& result = *outcome.result;
    result.file = input.file;
    result.participant_id = input.participant_id;
    result.recording = input.recording;
    result.group = input.group;
    result.condition = input.condition;
    result.session = input.session;
    result.covariates = input.covariates;
    if (outcome.from_cache) {
      ++summary->reused;
    } else {
      summary->bytes += result.bytes_read;
    }
    summary->results.push_back(std::move(result));
    outcome.result.reset();
    ++summary->analysed;
  }
  for (std::string& line : aoi::UnshownStimuli(inputs.aois, summary->results)) {
    summary->problems.push_back({inputs.aois.file, Severity::kWarning, Stage::kRead, std::move(line)});
  }
  if (const std::optional<analysis::GridSize> size = analysis::HeatMapGridSize(summary->results)) {
    for (const RecordingResult* r : analysis::LeftOutOfHeatMaps(summary->results)) {
      summary->problems.push_back(
          {r->file, Severity::kWarning, Stage::kFigures,
           fmt::format(
               "its screen's shape gives its gaze grid {} x {} cells, most recordings' {} x {}: left out "
               "of the group heat maps (figure 1)",
               r->figure_data.gaze.columns, r->figure_data.gaze.rows, size->columns, size->rows)});
    }
  }
  // Those of discovery were told with it.
  for (std::size_t i = discovered_problems; i < summary->problems.size() && observer != nullptr; ++i) {
    if (summary->problems[i].severity != Severity::kError) observer->OnRecordingWarning(summary->problems[i]);
  }
}

}  // namespace tobii::study
