// Descriptive statistics of one group: n, mean, SD, median, quartiles, IQR
// and the t-based confidence interval of the mean.
//
// Stateless and thread-safe; copies the values once to sort them (O(n)
// memory). The unit is the participant: the caller averages each
// participant's recordings first.
#pragma once

#include <cstddef>
#include <limits>
#include <span>

namespace tobii::stats {

inline constexpr double kDefaultConfidenceLevel = 0.95;

struct Descriptive {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  std::size_t n = 0;
  double mean = kNaN;
  double sd = kNaN;      // sample SD, divisor n - 1
  double median = kNaN;  // mean of the two middle values for an even n
  // Quartiles by linear interpolation between order statistics: NumPy's
  // default percentile method, Hyndman & Fan (1996) type 7, R's default.
  double q1 = kNaN;
  double q3 = kNaN;
  double iqr = kNaN;  // q3 - q1
  // mean ± t((1 + level) / 2, n - 1) · sd / √n, as
  // scipy.stats.t.interval(level, n - 1, loc=mean, scale=sd / √n).
  double ci_low = kNaN;
  double ci_high = kNaN;
};

// REQUIRES: finite values (a NaN or inf gives an all-NaN result with n set).
// n = 0: everything NaN. n = 1: sd and the CI are NaN (no spread to
// estimate); mean, median and quartiles are the value, iqr 0. All values
// equal: sd 0 and a CI of zero width. A confidence_level outside (0, 1)
// gives a NaN CI.
Descriptive Describe(std::span<const double> values, double confidence_level = kDefaultConfidenceLevel);

}  // namespace tobii::stats
