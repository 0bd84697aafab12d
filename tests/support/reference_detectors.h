// Whole-array reference implementations of the detectors, written the plain
// way (every sample in memory, indices instead of windows), for the test
// that holds the streaming detectors equal to them for any chunk size. They
// give every sample its final class: fixation, saccade or other.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "preprocess/gaze_sample.h"
#include "tobii/event.h"
#include "tobii/settings.h"

namespace tobii::testing {

enum class RefClass { kOther, kFixation, kSaccade, kLost };

using Samples = std::vector<preprocess::GazeSample>;

// The last positive time step up to sample i (0 for the first).
inline std::vector<std::int64_t> Intervals(const Samples& s) {
  std::vector<std::int64_t> interval(s.size(), 0);
  for (std::size_t i = 1; i < s.size(); ++i) {
    interval[i] = s[i].time_us > s[i - 1].time_us ? s[i].time_us - s[i - 1].time_us : interval[i - 1];
  }
  return interval;
}

// Olsen's windowed velocity: first and last valid samples within half the
// window (plus 100 us of slack) either side, at least the neighbours; the
// angle between their gaze directions. None between two lost samples.
inline std::vector<double> RefVelocities(const Samples& s, double window_ms) {
  const double half_us = window_ms * 500.0 + 100.0;
  std::vector<double> v(s.size(), NAN);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!s[i].valid) continue;
    if (!(i > 0 && s[i - 1].valid) && !(i + 1 < s.size() && s[i + 1].valid)) continue;
    std::size_t first = i, last = i;
    while (first > 0 && s[i].time_us - s[first - 1].time_us <= half_us) --first;
    while (last + 1 < s.size() && s[last + 1].time_us - s[i].time_us <= half_us) ++last;
    if (first == i && i > 0) --first;
    if (last == i && i + 1 < s.size()) ++last;
    while (first < last && !s[first].valid) ++first;
    while (last > first && !s[last].valid) --last;
    if (first >= last || s[last].time_us <= s[first].time_us) continue;
    v[i] = preprocess::DirectionAngleDeg(s[first], s[last]) / ((s[last].time_us - s[first].time_us) / 1e6);
  }
  return v;
}

struct RefRun {
  RefClass type;
  std::size_t first, end;  // samples [first, end)
};

inline std::int64_t EndTime(const Samples& s, std::size_t end) {
  return end < s.size() ? s[end].time_us : s.back().time_us + Intervals(s).back();
}

inline std::vector<RefRun> Runs(const std::vector<RefClass>& labels, const std::vector<bool>& starts = {}) {
  std::vector<RefRun> runs;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const bool split = !starts.empty() && starts[i];
    if (runs.empty() || runs.back().type != labels[i] || split) runs.push_back({labels[i], i, i});
    runs.back().end = i + 1;
  }
  return runs;
}

// A lost run of both eyes, with valid data on both sides (the samples here
// lose both eyes or none).
inline bool IsBlinkRun(const Samples& s, const RefRun& r, const BlinkSettings& blink) {
  if (r.type != RefClass::kLost || r.first == 0 || r.end == s.size()) return false;
  for (std::size_t i = r.first; i < r.end; ++i) {
    if (!s[i].both_eyes_lost) return false;
  }
  const double ms = (EndTime(s, r.end) - s[r.first].time_us) / 1000.0;
  return ms >= blink.min_duration_ms && ms <= blink.max_duration_ms;
}

// Fixation runs shorter than `min_ms` become other.
inline void DiscardShortFixations(const Samples& s, double min_ms, std::vector<RefClass>* labels) {
  for (const RefRun& r : Runs(*labels)) {
    if (r.type == RefClass::kFixation && (EndTime(s, r.end) - s[r.first].time_us) / 1000.0 < min_ms) {
      std::fill(labels->begin() + r.first, labels->begin() + r.end, RefClass::kOther);
    }
  }
}

// Tobii I-VT: threshold, then merge (angle between the mean directions of
// the new fixation and the last part of the one before), then discard.
inline std::vector<RefClass> RefIvt(const Samples& s, double velocity_window_ms, const IvtSettings& ivt,
                                    const BlinkSettings& blink) {
  const std::vector<double> v = RefVelocities(s, velocity_window_ms);
  std::vector<RefClass> labels(s.size(), RefClass::kOther);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!s[i].valid) labels[i] = RefClass::kLost;
    else if (!std::isnan(v[i])) labels[i] = v[i] >= ivt.velocity_threshold_deg_per_s ? RefClass::kSaccade : RefClass::kFixation;
  }
  struct Fix {
    std::size_t first, end;
    preprocess::GazeSample last_part;  // mean direction of the run merged last
  };
  const auto direction_of = [&](std::size_t first, std::size_t end) {
    preprocess::GazeSample c;
    double n = 0, x = 0, y = 0, z = 0;
    for (std::size_t i = first; i < end; ++i) n += 1, x += s[i].dir_x, y += s[i].dir_y, z += s[i].dir_z;
    c.dir_x = static_cast<float>(x / n), c.dir_y = static_cast<float>(y / n), c.dir_z = static_cast<float>(z / n);
    return c;
  };
  const std::vector<RefRun> runs = Runs(labels);
  std::vector<Fix> merged;
  for (std::size_t k = 0; k < runs.size(); ++k) {
    if (runs[k].type != RefClass::kFixation) continue;
    Fix f{runs[k].first, runs[k].end, direction_of(runs[k].first, runs[k].end)};
    if (!merged.empty()) {
      Fix& p = merged.back();
      bool blink_between = false;
      for (const RefRun& r : runs) {
        if (r.first >= p.end && r.end <= f.first && IsBlinkRun(s, r, blink)) blink_between = true;
      }
      const double gap_ms = (s[f.first].time_us - EndTime(s, p.end)) / 1000.0;
      if (!blink_between && gap_ms <= ivt.merge_max_gap_ms &&
          preprocess::DirectionAngleDeg(p.last_part, f.last_part) <= ivt.merge_max_angle_deg) {
        p.last_part = f.last_part;
        std::fill(labels.begin() + p.end, labels.begin() + f.first, RefClass::kFixation);
        p.end = f.end;
        continue;
      }
    }
    merged.push_back(f);
  }
  DiscardShortFixations(s, ivt.min_fixation_duration_ms, &labels);
  return labels;
}

inline double Dispersion(const Samples& s, std::size_t first, std::size_t end, const ScreenGeometry& screen) {
  double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
  for (std::size_t i = first; i < end; ++i) {
    const preprocess::DirectionDeg d = preprocess::GazeDirectionDeg(s[i], screen);
    min_x = std::min(min_x, d.x), max_x = std::max(max_x, d.x), min_y = std::min(min_y, d.y), max_y = std::max(max_y, d.y);
  }
  return (max_x - min_x) + (max_y - min_y);
}

// Salvucci & Goldberg's I-DT over runs of valid samples. *starts marks the
// first sample of a fixation that directly follows another.
inline std::vector<RefClass> RefIdt(const Samples& s, const IdtSettings& idt, const ScreenGeometry& screen,
                                    std::vector<bool>* starts) {
  const std::vector<std::int64_t> interval = Intervals(s);
  const auto min_us = static_cast<std::int64_t>(idt.min_fixation_duration_ms * 1000.0);
  std::vector<RefClass> labels(s.size(), RefClass::kOther);
  starts->assign(s.size(), false);
  bool after_fixation = false;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!s[i].valid) {
      labels[i++] = RefClass::kLost;
      after_fixation = false;
      continue;
    }
    std::size_t j = i;  // the window is [i, j]
    while (j < s.size() && s[j].valid && s[j].time_us - s[i].time_us + interval[j] < min_us - 0.25 * interval[j]) ++j;
    if (j == s.size() || !s[j].valid) {  // cut short: unclassified
      i = j;
      after_fixation = false;
      continue;
    }
    if (Dispersion(s, i, j + 1, screen) <= idt.dispersion_threshold_deg) {
      while (j + 1 < s.size() && s[j + 1].valid && Dispersion(s, i, j + 2, screen) <= idt.dispersion_threshold_deg) ++j;
      std::fill(labels.begin() + i, labels.begin() + j + 1, RefClass::kFixation);
      (*starts)[i] = after_fixation;
      after_fixation = true;
      i = j + 1;
    } else {
      labels[i++] = RefClass::kSaccade;
      after_fixation = false;
    }
  }
  return labels;
}

inline double RefNoiseSd(std::vector<double> v) {
  if (v.empty()) return 0;
  const auto median = [](std::vector<double> x) {
    std::sort(x.begin(), x.end());
    const std::size_t m = x.size() / 2;
    return x.size() % 2 == 1 ? x[m] : 0.5 * (x[m - 1] + x[m]);
  };
  std::vector<double> squares;
  for (double x : v) squares.push_back(x * x);
  const double var = median(squares) - median(v) * median(v);
  if (var > 0) return std::sqrt(var);
  double sum = 0, sq = 0;
  for (double x : v) sum += x, sq += x * x;
  const double mean = sum / v.size();
  return std::sqrt(std::max(0.0, sq / v.size() - mean * mean));
}

// Engbert & Kliegl: five-sample velocities, median-based noise per block,
// elliptic threshold, minimum saccade duration, intervals between saccades
// are fixations, then the fixation floor.
inline std::vector<RefClass> RefEngbertKliegl(const Samples& s, const EngbertKlieglSettings& ek,
                                              const ScreenGeometry& screen) {
  const std::size_t n = s.size();
  std::vector<double> vx(n, NAN), vy(n, NAN);
  for (std::size_t i = 2; i + 2 < n; ++i) {
    bool ok = true;
    for (std::size_t k = i - 2; k <= i + 2; ++k) ok = ok && s[k].valid;
    const double seconds = (s[i + 2].time_us + s[i + 1].time_us - s[i - 1].time_us - s[i - 2].time_us) / 1e6;
    if (!ok || seconds <= 0) continue;
    const auto d = [&](std::size_t k) { return preprocess::GazeDirectionDeg(s[k], screen); };
    vx[i] = static_cast<float>((d(i + 2).x + d(i + 1).x - d(i - 1).x - d(i - 2).x) / seconds);
    vy[i] = static_cast<float>((d(i + 2).y + d(i + 1).y - d(i - 1).y - d(i - 2).y) / seconds);
  }
  const auto block_us = static_cast<std::int64_t>(ek.noise_window_s * 1e6);
  std::vector<RefClass> labels(n, RefClass::kOther);
  double tx = 0, ty = 0;
  bool have_previous = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool full = s[i].time_us - s[start].time_us >= block_us;
    if (!full && i + 1 < n) continue;
    const bool short_tail = !full && have_previous && s[i].time_us - s[start].time_us < block_us / 2;
    if (!short_tail) {
      std::vector<double> xs, ys;
      for (std::size_t k = start; k <= i; ++k) {
        if (!std::isnan(vx[k])) xs.push_back(static_cast<float>(vx[k])), ys.push_back(static_cast<float>(vy[k]));
      }
      tx = ek.lambda * RefNoiseSd(xs), ty = ek.lambda * RefNoiseSd(ys);
      have_previous = true;
    }
    const auto term = [](double v, double t) { return t > 0 ? (v / t) * (v / t) : (v == 0 ? 0.0 : INFINITY); };
    for (std::size_t k = start; k <= i; ++k) {
      if (!s[k].valid) labels[k] = RefClass::kLost;
      else if (!std::isnan(vx[k])) labels[k] = term(vx[k], tx) + term(vy[k], ty) > 1 ? RefClass::kSaccade : RefClass::kFixation;
    }
    start = i + 1;
  }
  const std::vector<std::int64_t> interval = Intervals(s);
  const auto min_us = static_cast<std::int64_t>(ek.min_saccade_duration_ms * 1000.0);
  for (const RefRun& r : Runs(labels)) {
    const std::int64_t lasts = s[r.end - 1].time_us - s[r.first].time_us + interval[r.end - 1];
    if (r.type == RefClass::kSaccade && lasts < min_us - 0.25 * interval[r.end - 1]) {
      std::fill(labels.begin() + r.first, labels.begin() + r.end, RefClass::kFixation);
    }
  }
  DiscardShortFixations(s, ek.min_fixation_duration_ms, &labels);
  return labels;
}

// The class of every sample from streamed events (onset <= t < offset).
inline std::vector<RefClass> ClassesFromEvents(const Samples& s, const std::vector<Event>& events) {
  std::vector<RefClass> labels(s.size(), RefClass::kOther);
  std::size_t e = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    while (e < events.size() && events[e].offset_us <= s[i].time_us) ++e;
    if (e < events.size() && events[e].onset_us <= s[i].time_us) {
      if (events[e].type == EventType::kFixation) labels[i] = RefClass::kFixation;
      if (events[e].type == EventType::kSaccade) labels[i] = RefClass::kSaccade;
    }
  }
  return labels;
}

// Lost samples count as other in the final classes.
inline std::vector<RefClass> Final(std::vector<RefClass> labels) {
  for (RefClass& c : labels) {
    if (c == RefClass::kLost) c = RefClass::kOther;
  }
  return labels;
}

}  // namespace tobii::testing
