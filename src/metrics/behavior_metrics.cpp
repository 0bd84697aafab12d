#include "metrics/behavior_metrics.h"

#include <algorithm>
#include <cmath>

#include "util/units.h"

namespace tobii::metrics {

namespace {

double Seconds(std::int64_t us) { return static_cast<double>(us) / util::kMicrosecondsPerSecond; }

double ChangePct(double value, double baseline) { return 100.0 * (value - baseline) / baseline; }

}  // namespace

bool BehaviorMetrics::State::Holds(std::int64_t t_us) const {
  const auto& intervals = timeline.intervals_us;
  auto it = std::upper_bound(intervals.begin(), intervals.end(), t_us,
                             [](std::int64_t t, const auto& interval) { return t < interval.first; });
  return it != intervals.begin() && t_us < std::prev(it)->second;
}

BehaviorMetrics::BehaviorMetrics(boris::BehaviorTimeline timeline, const BehaviorSettings& settings,
                                 const ScreenGeometry& screen)
    : screen_(screen),
      window_start_us_(std::llround(settings.point_window_start_s * util::kMicrosecondsPerSecond)),
      window_end_us_(std::llround(settings.point_window_end_s * util::kMicrosecondsPerSecond)) {
  for (boris::StateTimeline& s : timeline.states) {
    State state;
    state.timeline = std::move(s);
    states_.push_back(std::move(state));
  }
  for (boris::PointTimeline& p : timeline.points) {
    Point point;
    point.windows.resize(p.times_us.size());
    point.timeline = std::move(p);
    points_.push_back(std::move(point));
  }
}

void BehaviorMetrics::AddSamples(std::span<const preprocess::GazeSample> samples) {
  for (const preprocess::GazeSample& sample : samples) {
    const std::int64_t t = sample.time_us;
    for (State& state : states_) {
      const auto& intervals = state.timeline.intervals_us;
      while (state.next < intervals.size() && intervals[state.next].second <= t) ++state.next;
      if (state.next == intervals.size() || intervals[state.next].first > t) continue;
      ++state.samples;
      if (sample.valid) {
        ++state.valid;
        const preprocess::DirectionDeg angle = preprocess::GazeDirectionDeg(sample, screen_);
        state.x_deg.Add(angle.x);
        state.y_deg.Add(angle.y);
      }
      if (IsPresent(sample.pupil_mm)) state.pupil_mm.Add(sample.pupil_mm);
    }
    if (!IsPresent(sample.pupil_mm)) continue;
    for (Point& point : points_) {
      // Windows have one length, so they open and close in event order.
      const auto& times = point.timeline.times_us;
      while (point.first_open < times.size() && times[point.first_open] + window_end_us_ <= t) ++point.first_open;
      for (std::size_t k = point.first_open; k < times.size() && times[k] + window_start_us_ <= t; ++k) {
        point.windows[k].Add(sample.pupil_mm);
      }
    }
  }
}

void BehaviorMetrics::AddEvents(std::span<const Event> events) {
  for (const Event& e : events) {
    if (e.type == EventType::kBlink) continue;
    for (State& state : states_) {
      if (!state.Holds(e.onset_us)) continue;
      if (e.type == EventType::kFixation) {
        state.fixation_ms.Add(static_cast<double>(e.duration_us()) / util::kMicrosecondsPerMillisecond);
      } else {
        ++state.saccades;
        state.amplitude_deg.Add(e.amplitude_deg);
      }
    }
  }
}

void BehaviorMetrics::Finish(std::int64_t recording_end_us, double recording_pupil_mm,
                             std::vector<BehaviorResult>* results) const {
  for (const State& state : states_) {
    BehaviorResult r;
    r.behavior = state.timeline.behavior;
    r.bouts = state.timeline.bouts;
    for (const auto& [start, stop] : state.timeline.intervals_us) {
      r.annotated_s += Seconds(std::max<std::int64_t>(0, std::min(stop, recording_end_us) - start));
      r.clipped_s += Seconds(std::max<std::int64_t>(0, stop - std::max(start, recording_end_us)));
    }
    r.samples = state.samples;
    r.valid_samples = state.valid;
    r.pupil_mean_mm = state.pupil_mm.mean();
    r.pupil_sd_mm = state.pupil_mm.sd();
    r.pupil_change_pct = ChangePct(r.pupil_mean_mm, recording_pupil_mm);
    r.fixation_count = state.fixation_ms.count();
    r.fixation_duration_mean_ms = state.fixation_ms.mean();
    r.saccade_count = state.saccades;
    r.saccade_amplitude_mean_deg = state.amplitude_deg.mean();
    if (r.annotated_s > 0) {
      const double minutes = r.annotated_s / util::kSecondsPerMinute;
      r.fixation_rate_per_min = static_cast<double>(r.fixation_count) / minutes;
      r.saccade_rate_per_min = static_cast<double>(r.saccade_count) / minutes;
    }
    r.gaze_dispersion_deg = std::sqrt(state.x_deg.variance() + state.y_deg.variance());
    results->push_back(r);
  }
  for (const Point& point : points_) {
    BehaviorResult r;
    r.behavior = point.timeline.behavior;
    r.point = true;
    OnlineStats responses;
    for (std::size_t k = 0; k < point.timeline.times_us.size(); ++k) {
      if (point.timeline.times_us[k] >= recording_end_us) continue;
      ++r.events;
      if (point.windows[k].count() > 0) responses.Add(point.windows[k].mean());
    }
    r.pupil_response_mm = responses.mean() - recording_pupil_mm;
    r.pupil_response_pct = ChangePct(responses.mean(), recording_pupil_mm);
    results->push_back(r);
  }
}

}  // namespace tobii::metrics
