// One recording's whole pass, the stream made visible:
//
//   reader.Next(chunk) -> preprocessor.Push -> detector.Push -> metrics.Add
//
// SamplePass is everything after the reader, so any source of samples (any
// recording format, validation data elsewhere) gets the same analysis;
// AnalyseRecording drives it from a SampleReader (io/sample_reader.h). Where the
// recording is annotated, the per-behaviour accumulators see the same
// samples and events (metrics/behavior_metrics.h).
//
// Memory: the reader's buffer and chunk, the preprocessor's and the
// detector's windows, O(1) accumulators. Nothing grows with the recording's length.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "aoi/aoi_definition.h"
#include "aoi/intervals.h"
#include "boris/alignment.h"
#include "events/detector.h"
#include "io/sample_reader.h"
#include "metrics/aoi_metrics.h"
#include "metrics/behavior_metrics.h"
#include "metrics/figure_data_accumulator.h"
#include "metrics/recording_metrics.h"
#include "metrics/sample_trace_accumulator.h"
#include "preprocess/preprocess.h"
#include "tobii/event.h"
#include "tobii/recording_result.h"
#include "tobii/sample.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::study {

struct PassCallbacks {
  // Called after each chunk with the bytes read since the last call.
  std::function<void(std::uint64_t bytes)> on_bytes;
  // Called with each batch of final events, in time order (optional).
  std::function<void(std::span<const Event>)> on_events;
  // Asked after each chunk (optional): true ends the pass, which fails
  // with kInterrupted.
  std::function<bool()> stop;
};

// The message of a pass ended by PassCallbacks::stop.
inline constexpr const char* kInterrupted = "interrupted";

// What a recording's pass does beyond the metrics every recording gets.
struct PassExtras {
  // The recording's annotated behaviours on its clock, or none.
  const boris::BehaviorTimeline* behaviors = nullptr;
  // Keep a stretch for a sample figure (FigureData::sample).
  bool sample_trace = false;
  // The AOIs the study defines (aoi/aoi_file.h), or none.
  const aoi::AoiSet* aois = nullptr;
  // The recording's intervals from the study's interval table
  // (RecordingInput::intervals); REQUIRES: outlive the pass.
  std::span<const aoi::TableInterval> table_intervals;
};

// Preprocessing, event detection and the accumulators of one recording.
class SamplePass {
 public:
  // REQUIRES: `detector` made by events::MakeDetector from `settings` and
  // `screen`.
  SamplePass(const Settings& settings, const ScreenGeometry& screen, std::unique_ptr<events::Detector> detector,
             PassCallbacks callbacks, const PassExtras& extras = {});

  // The export's events read with the next samples (SampleChunk::events):
  // they open and close the AOI metrics' intervals.
  void PushRecordingEvents(std::span<const RecordingEvent> events);
  void Push(std::span<const Sample> samples);
  // The export's AOI hit columns (RecordingInfo::aoi_columns), which may
  // grow while it is read. REQUIRES: outlives the pass.
  void UseAoiColumns(const std::vector<io::AoiColumn>* columns) { aoi_metrics_.UseAoiColumns(columns); }
  // Fills the quality, event and pupil fields of *result (identity fields
  // are left to the caller). REQUIRES: called once, after the last Push().
  void Finish(RecordingResult* result);

 private:
  void Detect();
  void AddEvents();  // the events found so far, to every accumulator

  preprocess::Preprocessor preprocessor_;
  std::unique_ptr<events::Detector> detector_;
  metrics::RecordingMetrics metrics_;
  metrics::FigureDataAccumulator figure_data_;
  std::optional<metrics::BehaviorMetrics> behavior_metrics_;
  metrics::AoiMetrics aoi_metrics_;
  std::optional<metrics::SampleTraceAccumulator> sample_trace_;
  PassCallbacks callbacks_;
  std::vector<preprocess::GazeSample> gaze_;  // scratch, reused
  std::vector<Event> events_;                 // scratch, reused
};

// After a recording's last chunk: fails when its damage passes
// io/damage.h's limits or it holds no gaze sample, the reasons a recording
// read to its end is still not used (`inspect` gives the same verdict).
Status CheckRecordingUsable(const io::SampleReader& reader);

// Streams one recording through the analysis and fills the quality, event
// and pupil fields of *result (identity fields are left to the caller).
// Fails when the reader cannot be opened or read on, when the recording
// holds no gaze sample, or when its damage passes io/damage.h's limits;
// lesser damage stays in reader->damage() for the caller to report. On
// error *result is not usable. REQUIRES: `reader` not yet opened.
Status AnalyseRecording(io::SampleReader* reader, const Settings& settings, const PassCallbacks& callbacks,
                        RecordingResult* result, const PassExtras& extras = {});

}  // namespace tobii::study
