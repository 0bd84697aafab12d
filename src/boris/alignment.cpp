#include "boris/alignment.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "util/text.h"
#include "util/units.h"

namespace tobii::boris {

namespace {

using Intervals = std::vector<std::pair<std::int64_t, std::int64_t>>;

constexpr double kPerMillion = 1e-6;

// Sorted, disjoint: touching or overlapping intervals are joined.
Intervals Union(Intervals intervals) {
  std::sort(intervals.begin(), intervals.end());
  Intervals joined;
  for (const auto& interval : intervals) {
    if (!joined.empty() && interval.first <= joined.back().second) {
      joined.back().second = std::max(joined.back().second, interval.second);
    } else {
      joined.push_back(interval);
    }
  }
  return joined;
}

std::int64_t Overlap(const Intervals& a, const Intervals& b) {
  std::int64_t total = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    total += std::max<std::int64_t>(0, std::min(a[i].second, b[j].second) - std::max(a[i].first, b[j].first));
    if (a[i].second < b[j].second) ++i;
    else ++j;
  }
  return total;
}

// Whether `behavior` only marks a moment (BehaviorSettings::markers).
bool IsMarker(const BehaviorSettings& settings, std::string_view behavior) {
  if (!settings.sync_event.empty() && util::EqualsNoCase(behavior, settings.sync_event)) return true;
  return std::any_of(settings.markers.begin(), settings.markers.end(),
                     [&](const std::string& marker) { return util::EqualsNoCase(behavior, marker); });
}

}  // namespace

BehaviorTimeline AlignObservation(const Observation& observation, const std::string& file,
                                  const BehaviorSettings& settings, const ClockSync& clock,
                                  std::vector<Problem>* problems) {
  const auto warn = [&](const std::string& message) {
    problems->push_back({file, Severity::kWarning, Stage::kBoris,
                         fmt::format("observation \"{}\": {}", observation.id, message)});
  };
  const double observation_offset_s = std::isnan(observation.time_offset_s) ? 0.0 : observation.time_offset_s;
  const auto to_us = [&](double t_s) {
    const double media_s = t_s - observation_offset_s;
    const double recording_s = media_s - clock.offset_s - clock.drift_ppm * kPerMillion * media_s;
    return std::llround(recording_s * util::kMicrosecondsPerSecond);
  };

  std::map<std::string, Intervals> state_intervals;
  std::map<std::string, int> state_bouts;
  std::map<std::string, std::vector<std::int64_t>> point_times;
  std::set<std::string> subjects;
  std::int64_t before_start_us = 0;
  int points_before_start = 0;
  for (const Bout& bout : observation.bouts) {
    if (!settings.subject.empty() && bout.subject != settings.subject) continue;
    if (IsMarker(settings, bout.behavior)) continue;
    subjects.insert(bout.subject);
    std::int64_t start = to_us(bout.start_s), stop = to_us(bout.stop_s);
    if (bout.kind == BoutKind::kPoint) {
      if (start < 0) {
        ++points_before_start;
      } else {
        point_times[bout.behavior].push_back(start);
      }
      continue;
    }
    if (start < 0) {
      before_start_us += std::min<std::int64_t>(stop, 0) - start;
      if (stop <= 0) continue;
      start = 0;
    }
    state_intervals[bout.behavior].emplace_back(start, stop);
    ++state_bouts[bout.behavior];
  }
  if (before_start_us > 0 || points_before_start > 0) {
    warn(fmt::format("{:.3f} s of states and {} point events lie before the recording's start: clipped",
                     static_cast<double>(before_start_us) / util::kMicrosecondsPerSecond, points_before_start));
  }
  if (settings.subject.empty() && subjects.size() > 1) {
    std::string names;
    for (const std::string& s : subjects) names += (names.empty() ? "" : ", ") + fmt::format("\"{}\"", s);
    warn(fmt::format("subjects {} are counted together; choose one with --boris-subject", names));
  }

  BehaviorTimeline timeline;
  for (auto& [behavior, intervals] : state_intervals) {
    timeline.states.push_back({behavior, state_bouts[behavior], Union(std::move(intervals))});
  }
  for (auto& [behavior, times] : point_times) {
    std::sort(times.begin(), times.end());
    timeline.points.push_back({behavior, std::move(times)});
  }
  std::string overlaps;
  for (std::size_t i = 0; i < timeline.states.size(); ++i) {
    for (std::size_t j = i + 1; j < timeline.states.size(); ++j) {
      const std::int64_t shared = Overlap(timeline.states[i].intervals_us, timeline.states[j].intervals_us);
      if (shared > 0) {
        overlaps += fmt::format("{}\"{}\" and \"{}\" {:.3f} s", overlaps.empty() ? "" : ", ",
                                timeline.states[i].behavior, timeline.states[j].behavior,
                                static_cast<double>(shared) / util::kMicrosecondsPerSecond);
      }
    }
  }
  if (!overlaps.empty()) warn("states of different behaviours overlap (" + overlaps + "): samples in both count for both");
  return timeline;
}

}  // namespace tobii::boris
