// Whether a run of samples is long enough: n samples last n sample
// intervals (the event convention), and a run within a quarter of an
// interval of the minimum passes, so that clock jitter of a few microseconds
// does not decide, while a run one sample short never passes (one 8.3 ms
// sample at 120 Hz is no 12 ms saccade).
#pragma once

#include <cstdint>

namespace tobii::events {

inline constexpr double kJitterToleranceIntervals = 0.25;

inline bool LastsAtLeast(std::int64_t first_us, std::int64_t last_us, std::int64_t interval_us, std::int64_t min_us) {
  const double lasts_us = static_cast<double>(last_us - first_us + interval_us);
  return lasts_us >= static_cast<double>(min_us) - kJitterToleranceIntervals * static_cast<double>(interval_us);
}

}  // namespace tobii::events
