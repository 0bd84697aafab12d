// Mean and sample variance of a small array of participant values, computed
// the way NumPy does (two passes: the mean, then the squared deviations from
// it), so results agree with SciPy's to the last few bits.
//
// Stateless; O(1) memory.
#pragma once

#include <cmath>
#include <limits>
#include <span>

namespace tobii::stats {

// NaN for an empty array.
inline double Mean(std::span<const double> values) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

// Sample variance (divisor n - 1, NumPy's ddof=1); NaN with fewer than two
// values.
inline double SampleVariance(std::span<const double> values) {
  if (values.size() < 2) return std::numeric_limits<double>::quiet_NaN();
  const double mean = Mean(values);
  double sum_squares = 0;
  for (double v : values) sum_squares += (v - mean) * (v - mean);
  return sum_squares / static_cast<double>(values.size() - 1);
}

// Whether every value is finite. The tests here sort their input, and a NaN
// breaks the strict weak ordering std::sort relies on (undefined behaviour),
// so each entry point checks first and answers NaN instead.
inline bool AllFinite(std::span<const double> values) {
  for (double v : values) {
    if (!std::isfinite(v)) return false;
  }
  return true;
}

}  // namespace tobii::stats
