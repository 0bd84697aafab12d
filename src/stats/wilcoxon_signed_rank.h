// The two-sided Wilcoxon signed-rank test of paired values, matching
// scipy.stats.wilcoxon(x, y) of SciPy 1.10 with its defaults
// (zero_method='wilcox', correction=False, alternative='two-sided',
// method='auto'); Wilcoxon 1945, Biometrics Bulletin 1(6):80–83.
//
// Stateless and thread-safe; O(n) memory, plus the exact null
// distribution's table for small n (wilcoxon_signed_rank_null.h).
#pragma once

#include <cstddef>
#include <limits>
#include <span>

namespace tobii::stats {

// SciPy 1.10's method='auto' is exact up to this many pairs, zero
// differences included (scipy/stats/_morestats.py, wilcoxon).
inline constexpr std::size_t kMaxExactSignedRankPairs = 50;

enum class WilcoxonMethod {
  kNone,        // no test: no pairs, unequal lengths, a non-finite value,
                // or every difference zero
  kExact,       // exact null distribution of R+
  kAsymptotic,  // normal approximation, tie corrected
};

struct WilcoxonResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  // min(R+, R−): R+ (R−) is the sum of the ranks of |x − y| over the pairs
  // with x > y (x < y); ranks average over ties (SciPy's statistic for the
  // two-sided test).
  double statistic = kNaN;
  double p = kNaN;  // two-sided
  WilcoxonMethod method = WilcoxonMethod::kNone;
};

// With d = x − y and n = the number of pairs, SciPy 1.10's 'auto':
//
// Exact when n <= 50 and no d is zero. Then with r = ⌊R+⌋,
//   p = 1 when r = ⌊n(n + 1)/4⌋ (the centre of the distribution), else
//   p = min(1, 2·min(P(R+ <= r), P(R+ >= r))).
// Tied |d| do not switch SciPy 1.10 to the approximation: it uses the
// untied distribution all the same, with a half-integer R+ truncated to r.
// We do the same to match it; the p-value is then only approximate.
//
// Otherwise (n > 50, or any zero): the zero differences are dropped
// (zero_method='wilcox'), the remaining m are ranked, and
//   z = (min(R+, R−) − m(m + 1)/4) / σ,
//   σ = √((m(m + 1)(2m + 1) − Σ(t³ − t)/2) / 24)   (t: sizes of tied groups),
//   p = 2·(1 − Φ(|z|)), without continuity correction.
// So one zero in a small sample moves it to the normal approximation, and
// the statistic then ranks only the nonzero differences.
//
// REQUIRES: x.size() == y.size(), finite values.
// statistic and p NaN, method kNone when the lengths differ or the input is
// empty (SciPy raises, or returns NaN for empty input), a value is
// non-finite or a difference overflows (SciPy propagates NaN), or every
// difference is zero (SciPy raises: 'wilcox' leaves nothing to rank).
WilcoxonResult WilcoxonSignedRank(std::span<const double> x, std::span<const double> y);

}  // namespace tobii::stats
