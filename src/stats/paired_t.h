// The paired (related-samples) t-test, matching scipy.stats.ttest_rel(x, y)
// of SciPy 1.10 (Student 1908): a one-sample t-test of the differences.
//
// Stateless and thread-safe; O(n) memory.
#pragma once

#include <limits>
#include <span>

namespace tobii::stats {

struct PairedTResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  // With d = x − y over the n pairs: t = mean(d) / (sd(d) / √n), sd with
  // divisor n − 1.
  double t = kNaN;
  double df = kNaN;  // n − 1
  double p = kNaN;   // two-sided: 2·P(T_df >= |t|)
};

// REQUIRES: x.size() == y.size(), finite values.
// NaN t, df and p when the lengths differ (SciPy raises), there are fewer
// than two pairs (SciPy: t and p NaN, df 0 or NaN), a value is non-finite or
// a difference overflows (SciPy propagates NaN), or every difference is the
// same: sd(d) = 0 and the test is undefined. There SciPy differs: it returns
// t = ±inf, p = 0 when that common difference is not zero (NaN when it is);
// we return NaN, as welch.h does, rather than a "significant" result with no
// spread behind it.
PairedTResult PairedTTest(std::span<const double> x, std::span<const double> y);

}  // namespace tobii::stats
