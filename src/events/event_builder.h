// EventBuilder: labelled samples in, events out, with the steps every
// detector shares (conventions: doc/algorithms/conventions.md).
//
// - A run of fixation samples is a fixation, a run of saccade samples a
//   saccade; unclassified samples make no event.
// - A run of lost samples holding one stretch where both eyes are lost for a
//   blink's duration (BlinkSettings), with valid data before and after it,
//   is a blink over that stretch; other losses are track loss, no event.
//   Eye selection does not change which blinks are found.
// - Optionally (Tobii's I-VT, Olsen 2012 section 2.6) a fixation that starts
//   at most `merge_max_gap_ms` after the previous one ended, and whose mean
//   gaze direction is at most `merge_max_angle_deg` from that of the
//   previous one's last part (before any merging), continues it; a blink
//   between them keeps them apart. This is how Pro Lab merges
//   (doc/algorithms/ivt.md).
// - Fixations shorter than `min_fixation_duration_ms` (after merging) are
//   dropped: their samples stay unclassified (Olsen 2012 section 2.7).
// - Event properties: centroid, amplitude, peak velocity, dispersion,
//   precision (RMS sample to sample) and the per-type index.
//
// Streams: holds the run being built, one fixation that may still merge and
// the events after it (at most `merge_max_gap_ms` of them). Output is in
// time order and the same for any chunking.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "events/extent.h"
#include "events/labelled_sample.h"
#include "tobii/event.h"
#include "tobii/settings.h"

namespace tobii::events {

struct EventBuilderOptions {
  bool merge_fixations = false;
  double merge_max_gap_ms = 0;
  double merge_max_angle_deg = 0;
  double min_fixation_duration_ms = 0;
  // A saccade that touches lost samples (the eyelid sliding over the pupil
  // before and after a blink) is no saccade: its samples stay unclassified.
  bool drop_saccades_at_loss = false;
  // A saccade starting at most this long after the previous one ended is
  // that one's post-saccadic oscillation, no saccade of its own; 0 = off.
  double post_saccadic_max_ms = 0;
  BlinkSettings blink;
  ScreenGeometry screen;  // for dispersion in degrees
};

class EventBuilder {
 public:
  explicit EventBuilder(const EventBuilderOptions& options);

  void Push(std::span<const LabelledSample> samples, std::vector<Event>* events);
  void Finish(std::vector<Event>* events);

 private:
  // The run of same-class samples being built.
  struct Run {
    SampleClass type = SampleClass::kUnclassified;
    std::int64_t onset_us = 0;
    // Sums over the valid samples of the fields in kAveraged (event_builder.cpp).
    std::array<double, 10> sums{};
    std::int64_t valid = 0;
    // The stretches of samples where both eyes are lost (a lost run under
    // left, right or strict selection may have one eye around them).
    int both_lost_stretches = 0;
    bool in_both_lost = false;
    std::int64_t both_lost_onset_us = 0;
    std::int64_t both_lost_offset_us = 0;
    float peak_velocity = 0;
    Extent extent;
    std::optional<preprocess::GazeSample> start;  // last valid sample before the run
    std::optional<preprocess::GazeSample> last;   // the run's latest sample
    double s2s_squares = 0;                       // precision: squared angles between
    std::int32_t s2s_pairs = 0;                   // consecutive valid samples
  };

  // A fixation waiting to be merged with the next one: its mean gaze point,
  // eye position and direction, and the mean direction of its last part
  // (the run merged last), which the next fixation is compared with.
  struct Fixation {
    Event event;
    preprocess::GazeSample centre;
    preprocess::GazeSample last_part;
    Extent extent;
    double s2s_squares = 0;  // sum of squared sample-to-sample angles
  };

  void Add(const LabelledSample& sample, std::vector<Event>* events);
  void CloseRun(std::int64_t offset_us, const preprocess::GazeSample* next, std::vector<Event>* events);
  void OnFixation(const Fixation& fixation, std::vector<Event>* events);
  // Tobii's "merge adjacent fixations": true when `fixation` continued the
  // pending one. REQUIRES: pending_.
  bool MergeIntoPending(const Fixation& fixation);
  void OnOtherEvent(const Event& event, std::vector<Event>* events);
  void FlushPending(std::vector<Event>* events);
  void Emit(Event event, std::vector<Event>* events);

  EventBuilderOptions options_;
  std::optional<Run> run_;
  std::optional<preprocess::GazeSample> last_valid_;  // since the last blink-long loss
  SampleClass previous_run_ = SampleClass::kUnclassified;  // the run closed last
  std::optional<std::int64_t> last_saccade_offset_us_;
  std::int64_t last_time_us_ = 0;
  std::int64_t last_interval_us_ = 0;
  bool any_sample_ = false;

  std::optional<Fixation> pending_;  // the last fixation, while it may still merge
  std::vector<Event> held_;          // events after pending_, in order
  std::array<std::int32_t, 3> emitted_{};  // per EventType, for the index
};

}  // namespace tobii::events
