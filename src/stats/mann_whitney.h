// The two-sided Mann–Whitney U test (Wilcoxon rank-sum test) of two
// independent groups, matching scipy.stats.mannwhitneyu(x, y) of SciPy 1.10
// with its defaults (use_continuity=True, alternative='two-sided',
// method='auto').
//
// Stateless and thread-safe; O(n1 + n2) memory, plus the exact null
// distribution's table for small groups (mann_whitney_null.h).
#pragma once

#include <limits>
#include <span>

namespace tobii::stats {

enum class MannWhitneyMethod {
  kNone,        // no test: a group is empty or holds a non-finite value
  kExact,       // exact null distribution
  kAsymptotic,  // normal approximation, tie and continuity corrected
};

struct MannWhitneyResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  // U of x: R1 − n1(n1 + 1)/2 with R1 the rank sum of x in the pooled
  // sample (SciPy's statistic); U of y is n1·n2 − u.
  double u = kNaN;
  double p = kNaN;  // two-sided
  MannWhitneyMethod method = MannWhitneyMethod::kNone;
};

// SciPy's method='auto': exact when no value is tied and either group has at
// most 8 values (it goes asymptotic only when both have more than 8, or on
// ties), then p = 2·P(U ≥ max(U1, U2)), clipped at 1. Otherwise
//   z = (max(U1, U2) − n1·n2/2 − 0.5) / σ,
//   σ = √(n1·n2/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1)))),  N = n1 + n2,
// p = 2·(1 − Φ(z)), clipped at 1 (tie correction as scipy's _get_mwu_z).
//
// REQUIRES: finite values. Empty groups or a non-finite value: u and p NaN,
// method kNone (SciPy raises). All values tied: σ = 0, z = −∞ and p = 1,
// as SciPy returns.
MannWhitneyResult MannWhitneyU(std::span<const double> x, std::span<const double> y);

}  // namespace tobii::stats
