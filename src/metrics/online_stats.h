// OnlineStats: count, mean and variance of a stream of numbers in O(1)
// memory (Welford 1962), so no metric ever needs the samples kept.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

namespace tobii::metrics {

class OnlineStats {
 public:
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  void Add(double x) {
    ++count_;
    const double delta = x - mean_;
    mean_ += delta / static_cast<double>(count_);
    m2_ += delta * (x - mean_);
  }
  std::int64_t count() const { return count_; }
  // NaN for an empty stream: a missing value (an empty CSV field), never a
  // zero that a group mean would take for a measurement.
  double mean() const { return count_ > 0 ? mean_ : kNaN; }
  // Sample variance (n - 1); NaN with fewer than two values.
  double variance() const { return count_ > 1 ? m2_ / static_cast<double>(count_ - 1) : kNaN; }
  double sd() const { return std::sqrt(variance()); }

 private:
  std::int64_t count_ = 0;
  double mean_ = 0;
  double m2_ = 0;
};

}  // namespace tobii::metrics
