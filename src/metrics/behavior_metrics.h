// BehaviorMetrics: gaze and pupil per annotated behaviour, collected while
// the recording's samples and events stream by (no second pass). A sample
// belongs to every state behaviour whose bouts hold its time; a fixation or
// saccade to those holding its onset (an event spanning two behaviours is
// attributed by its onset). A point behaviour's events each open a pupil
// response window (BehaviorSettings).
//
// Streams: samples and events must come in time order. Memory: the
// timeline (a few numbers per bout) and O(1) accumulators per behaviour,
// plus one running sum per point event.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "boris/alignment.h"
#include "metrics/online_stats.h"
#include "preprocess/gaze_sample.h"
#include "tobii/event.h"
#include "tobii/recording_result.h"
#include "tobii/settings.h"

namespace tobii::metrics {

class BehaviorMetrics {
 public:
  // `screen`: where the gaze angles are measured from (preprocess/gaze_sample.h).
  BehaviorMetrics(boris::BehaviorTimeline timeline, const BehaviorSettings& settings, const ScreenGeometry& screen);

  void AddSamples(std::span<const preprocess::GazeSample> samples);
  void AddEvents(std::span<const Event> events);

  // `recording_end_us`: the end of the recording's last sample (annotations
  // past it are clipped); `recording_pupil_mm`: its mean pupil (NaN: none).
  void Finish(std::int64_t recording_end_us, double recording_pupil_mm, std::vector<BehaviorResult>* results) const;

 private:
  struct State {
    boris::StateTimeline timeline;
    std::size_t next = 0;  // the first interval not yet passed by the samples
    std::int64_t samples = 0, valid = 0;
    OnlineStats pupil_mm, x_deg, y_deg, fixation_ms, amplitude_deg;
    std::int64_t saccades = 0;
    bool Holds(std::int64_t t_us) const;
  };
  struct Point {
    boris::PointTimeline timeline;
    std::size_t first_open = 0;  // the first window not yet closed
    std::vector<OnlineStats> windows;  // one per event
  };

  std::vector<State> states_;
  std::vector<Point> points_;
  ScreenGeometry screen_;
  std::int64_t window_start_us_;
  std::int64_t window_end_us_;
};

}  // namespace tobii::metrics
