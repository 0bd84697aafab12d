// IntervalCounter: how often each time step between consecutive samples
// occurs, for the recording's sampling rate. The rate is one over the mean
// of the regular steps: those at most 1.5 times the median step. The median
// keeps lost rows and pauses out; the mean over the regular steps then
// undoes a coarse clock (300 Hz logged in whole milliseconds steps 3, 3, 4;
// 1200 Hz steps 1, 1, 1, 1, 0), which is why repeated timestamps count.
// The reader prefers the eye tracker's microsecond clock where the export
// has one (doc/formats/tobii-pro-lab.md), and then the steps are exact.
//
// Memory: one counter per distinct step, at most kMaxDistinctSteps; a clock
// steady to the microsecond has a handful, a jittery one tens. Further new
// steps are left out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>

#include "util/units.h"

namespace tobii::metrics {

inline constexpr std::size_t kMaxDistinctSteps = 1024;

// Steps up to this multiple of the median are regular: covers whole-ms
// rounding (4 ms steps among 3 ms ones at 300 Hz) and jitter, not a lost
// sample (2x).
inline constexpr double kRegularStepFactor = 1.5;

class IntervalCounter {
 public:
  void Add(std::int64_t step_us) {
    if (step_us < 0) return;
    if (auto it = counts_.find(step_us); it != counts_.end()) {
      ++it->second;
    } else if (counts_.size() < kMaxDistinctSteps) {
      counts_.emplace(step_us, 1);
    }
  }

  // The median step (the upper middle one for an even count), or -1
  // without steps.
  std::int64_t MedianStepUs() const {
    std::int64_t total = 0;
    for (const auto& entry : counts_) total += entry.second;
    std::int64_t seen = 0;
    for (const auto& [step_us, count] : counts_) {
      seen += count;
      if (2 * seen > total) return step_us;
    }
    return -1;
  }

  // Samples per second, or NaN without steps or when the clock mostly
  // stands still.
  double RateHz() const {
    const std::int64_t median_us = MedianStepUs();
    if (median_us <= 0) return std::numeric_limits<double>::quiet_NaN();
    double sum_us = 0, n = 0;
    for (const auto& [step_us, count] : counts_) {
      if (static_cast<double>(step_us) > kRegularStepFactor * static_cast<double>(median_us)) break;
      sum_us += static_cast<double>(step_us) * static_cast<double>(count);
      n += static_cast<double>(count);
    }
    return util::kMicrosecondsPerSecond * n / sum_us;
  }

 private:
  std::map<std::int64_t, std::int64_t> counts_;
};

}  // namespace tobii::metrics
