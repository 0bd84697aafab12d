// AoiMetrics: metrics per interval and per area of interest, collected
// while a recording's samples and events stream by (no second pass).
//
// Where AOIs come from: the export's hit columns (Sample::aoi_hits, named
// by RecordingInfo::aoi_columns) and the AOIs the study defines
// (aoi/aoi_definition.h), which are hit-tested here: a sample by its gaze
// point, a fixation by its fixation point, each only while its stimulus is
// on screen. From hit columns alone, a fixation is on an AOI when its
// samples are on it for at least half its duration. AOIs are known by
// name: "Face" on every stimulus is one AOI in an interval that is not a
// stimulus. Where the study defines an AOI the export also has a column
// for, the definition is used and the column not read: one AOI, one rule.
//
// Intervals: the whole recording, each stimulus presentation, each
// event-pair interval and each of the interval table's (aoi/intervals.h). Metrics follow Pro Lab's Metrics
// export (tobii/aoi_result.h; doc/algorithms/aoi.md): a fixation that
// overlaps an interval counts in it, cut to it.
//
// Streams: recording events, samples and fixations each in time order,
// events of a time before the samples and fixations of that time (as
// SamplePass gives them). Memory: per interval found, a few numbers per
// AOI and its transition counts, plus the hit changes of the samples not
// yet covered by a detected event.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "aoi/aoi_definition.h"
#include "aoi/intervals.h"
#include "preprocess/gaze_sample.h"
#include "tobii/aoi_result.h"
#include "tobii/event.h"
#include "tobii/recording_info.h"
#include "tobii/sample.h"

namespace tobii::metrics {

class AoiMetrics {
 public:
  // `defined`: the study's AOIs, or null; `between`: the event-pair
  // intervals (IntervalSettings::between, parsed); `table`: the
  // recording's intervals from the study's interval table.
  AoiMetrics(const aoi::AoiSet* defined, std::vector<aoi::EventPairSpec> between,
             std::span<const aoi::TableInterval> table = {});

  // The export's hit columns; the reader may add to them while reading, so
  // they are looked at again on every AddSamples. REQUIRES: outlives this.
  void UseAoiColumns(const std::vector<io::AoiColumn>* columns) { columns_ = columns; }

  void AddRecordingEvents(std::span<const RecordingEvent> events);
  void AddSamples(std::span<const preprocess::GazeSample> samples);
  void AddEvents(std::span<const Event> events);

  // `recording_end_us`: the end of the recording's last sample;
  // `sampling_rate_hz`: its rate (a sample on an AOI counts 1/rate of
  // dwell time). Every interval: the whole recording first, then the
  // interval table's (by name, then time; none wholly outside the
  // recording), then the others in the order they began.
  void Finish(std::int64_t recording_end_us, double sampling_rate_hz, std::vector<IntervalResult>* results);

 private:
  struct Visit {
    bool open = false;
    std::int64_t start_us = 0;
    std::int64_t end_us = 0;
  };
  struct AoiState {
    AoiResult result;  // counts and sums; the means at Finish
    std::int64_t hit_samples = 0;
    Visit visit;
  };
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  struct IntervalState {
    std::string name, kind, stimulus;  // stimulus: for kind "stimulus"
    std::int64_t start_us = 0;
    std::int64_t end_us = aoi::kOpenEnd;
    std::int64_t fixation_count = 0;
    std::map<std::size_t, AoiState> aois;  // by AOI slot, those that apply and were met
    std::map<std::pair<std::size_t, std::size_t>, std::int64_t> transitions;  // (from, to) slots
    std::size_t last_aoi = kNone;  // the AOI of its last fixation on one
  };

  std::size_t SlotOf(const std::string& name);
  void SyncColumns();
  void SyncIntervals();
  bool Applies(const IntervalState& interval, std::size_t slot) const;
  // Appends the AOI slots a point or a row's hit bits are on.
  void DefinedHits(double x_px, double y_px, const std::string& stimulus, std::vector<std::size_t>* hits) const;
  void ColumnHits(std::uint64_t bits, std::vector<std::size_t>* hits) const;
  void FixationColumnHits(const Event& fixation, std::vector<std::size_t>* hits);
  void Normalise(std::vector<std::size_t>* hits) const;
  void AddFixation(const Event& fixation, const std::vector<std::size_t>& hits, IntervalState* interval);
  static void CloseVisit(AoiState* state);

  const aoi::AoiSet* defined_;
  const std::vector<io::AoiColumn>* columns_ = nullptr;
  aoi::IntervalFinder finder_;
  std::vector<std::string> names_;  // AOI slot -> name
  std::map<std::string, std::size_t> slot_of_;
  std::vector<std::size_t> column_slot_;   // hit column -> AOI slot
  std::vector<std::size_t> defined_slot_;  // defined AOI -> AOI slot
  std::vector<bool> slot_defined_;         // AOI slot -> the study defines it (its columns are not read)
  // [0]: the whole recording; then finder_'s intervals, in its order.
  std::vector<IntervalState> intervals_;
  std::vector<std::vector<std::size_t>> tracks_;  // per IntervalFinder track: its intervals_ indices
  std::vector<std::size_t> sample_cursors_, fixation_cursors_;  // per track: the first not yet passed
  std::size_t stimulus_cursor_ = 0, fixation_stimulus_cursor_ = 0;  // IntervalFinder::StimulusAt's
  bool started_ = false;
  // The samples' hit columns since the last event's onset, as changes:
  // (time, the hits from then on).
  std::deque<std::pair<std::int64_t, std::uint64_t>> hit_changes_;
  std::vector<std::size_t> scratch_;  // reused
};

}  // namespace tobii::metrics
