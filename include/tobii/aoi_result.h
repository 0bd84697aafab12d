// Areas of interest (AOIs) within intervals of a recording: what each
// recording keeps of them (metrics/aoi_metrics.h computes it in the pass).
//
// An interval is Pro Lab's "time of interest": a stimulus presentation, the
// time between two named events, or the whole recording. Its AOIs are
// those that apply to it (the stimulus's, or every AOI for an interval that
// is not a stimulus). The metrics are those of Pro Lab's Metrics export,
// under its names in snake case with a unit; doc/algorithms/aoi.md gives
// each definition and the boundary convention.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tobii {

// One AOI in one interval of one recording. NaN where there is no such
// thing (no fixation on the AOI: no time to first fixation).
struct AoiResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  std::string aoi;
  // Fixations whose fixation point lies on the AOI, each cut to the interval.
  double time_to_first_fixation_ms = kNaN;   // interval start to the first one's start
  double duration_of_first_fixation_ms = kNaN;
  std::int64_t number_of_fixations = 0;
  double total_duration_of_fixations_ms = 0;
  double average_duration_of_fixations_ms = kNaN;
  std::int64_t number_of_whole_fixations = 0;  // wholly inside the interval
  // Visits: from the start of a fixation on the AOI to the end of the last
  // fixation on it before a fixation elsewhere.
  std::int64_t number_of_visits = 0;
  double total_duration_of_visits_ms = 0;
  double average_duration_of_visits_ms = kNaN;
  std::int64_t number_of_revisits = 0;  // visits after the first
  // Dwell: the time of the gaze samples on the AOI, and its share of the
  // interval.
  double dwell_time_ms = 0;
  double dwell_time_pct = kNaN;
};

// Fixations moving from one AOI to the next (the first-order transition
// matrix of Krejtz et al. 2015): consecutive fixations on AOIs, a fixation
// on none passed over; `from` == `to` counts a fixation followed by another
// on the same AOI.
struct AoiTransition {
  std::string from;
  std::string to;
  std::int64_t count = 0;
};

struct IntervalResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  std::string interval;     // the stimulus, the event-pair interval's name, or "recording"
  std::string kind;         // "stimulus", "events" or "recording"
  std::int64_t occurrence = 1;  // 1, 2, ... for an interval that recurs in the recording
  double start_ms = 0;      // on the recording's clock
  double end_ms = 0;
  std::int64_t fixation_count = 0;  // fixations in the interval, on an AOI or not
  // Gaze transition entropy and stationary entropy, bits (Krejtz et al.
  // 2015); NaN without a transition.
  double transition_entropy_bits = kNaN;
  double stationary_entropy_bits = kNaN;
  std::vector<AoiResult> aois;  // in AOI name order
  std::vector<AoiTransition> transitions;  // (from, to) order, counts > 0 only
  double duration_ms() const { return end_ms - start_ms; }
};

// The name of the interval that is the whole recording.
inline constexpr const char* kWholeRecording = "recording";

}  // namespace tobii
