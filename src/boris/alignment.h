// Alignment: one observation's bouts on the recording's clock, per
// behaviour, ready for the pass (metrics/behavior_metrics.h).
//
//   media time     = BORIS time - the observation's time offset
//   recording time = media time - offset_s - drift_ppm x 1e-6 x media time
//
// (ClockSync: the recording's own, or BehaviorSettings::offset_s.)
//
// A state behaviour becomes the union of its bouts (bouts of one behaviour
// with different modifiers may overlap; a sample in two of them is counted
// once); a point behaviour its event times. Only BehaviorSettings::subject's
// bouts are kept when it is set.
//
// Handled and reported (Problem, Severity::kWarning, Stage::kBoris):
// annotations before the recording's start (clipped at 0), several subjects
// counted together (no subject chosen), and states of different behaviours
// that overlap (each counts the samples they share). Annotations past the
// recording's end are clipped by the pass, which knows where it ends.
//
// Memory: a few numbers per bout.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "boris/annotations.h"
#include "tobii/problem.h"
#include "tobii/settings.h"
#include "tobii/sync_entry.h"  // ClockSync

namespace tobii::boris {

// Where media time 0 is on the recording's clock, and how much faster the
// video's clock runs than the eye tracker's (parts per million: positive
// when a media second is shorter than a recording second... see
// doc/formats/boris.md, "Clock sync").
struct StateTimeline {
  std::string behavior;
  int bouts = 0;
  std::vector<std::pair<std::int64_t, std::int64_t>> intervals_us;  // [start, stop), sorted, disjoint
};

struct PointTimeline {
  std::string behavior;
  std::vector<std::int64_t> times_us;  // sorted
};

struct BehaviorTimeline {
  std::vector<StateTimeline> states;  // by behaviour name
  std::vector<PointTimeline> points;  // by behaviour name
  bool empty() const { return states.empty() && points.empty(); }
};

// `file` names the annotation file in problems.
BehaviorTimeline AlignObservation(const Observation& observation, const std::string& file,
                                  const BehaviorSettings& settings, const ClockSync& clock,
                                  std::vector<Problem>* problems);

}  // namespace tobii::boris
