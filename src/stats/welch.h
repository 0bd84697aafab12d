// Welch's unequal-variance t-test of two independent groups, matching
// scipy.stats.ttest_ind(x, y, equal_var=False) of SciPy 1.10 (Welch 1947).
//
// Stateless and thread-safe; O(1) memory.
#pragma once

#include <limits>
#include <span>

namespace tobii::stats {

struct WelchResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  // t = (mean_x − mean_y) / √(s_x²/n_x + s_y²/n_y)
  double t = kNaN;
  // Welch–Satterthwaite: (v_x + v_y)² / (v_x²/(n_x − 1) + v_y²/(n_y − 1)),
  // v = s²/n.
  double df = kNaN;
  double p = kNaN;  // two-sided: 2·P(T_df ≥ |t|)
};

// REQUIRES: finite values.
// NaN t, df and p when either group has fewer than two values (no variance;
// SciPy gives NaN too), holds a non-finite value, or when both groups have
// zero variance: the standard error is then 0 and the test undefined. There
// SciPy differs: it sets df = 1 and returns t = ±inf, p = 0 when the means
// differ (NaN when they are equal); we return NaN for all three rather than
// a "significant" result with no spread behind it.
WelchResult WelchTTest(std::span<const double> x, std::span<const double> y);

}  // namespace tobii::stats
