// Time units: the pass keeps time in integer microseconds (Sample::time_us);
// settings and outputs speak milliseconds and seconds.
#pragma once

namespace tobii::util {

inline constexpr double kMicrosecondsPerMillisecond = 1e3;
inline constexpr double kMicrosecondsPerSecond = 1e6;
inline constexpr double kSecondsPerMinute = 60.0;

}  // namespace tobii::util
