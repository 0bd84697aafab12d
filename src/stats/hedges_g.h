// Hedges' g: the standardized mean difference x − y with the small-sample
// bias correction, and its approximate confidence interval.
//
// Stateless and thread-safe; O(1) memory.
#pragma once

#include <limits>
#include <span>

#include "stats/descriptive.h"

namespace tobii::stats {

struct HedgesGResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  double g = kNaN;
  double se = kNaN;  // large-sample standard error of g
  double ci_low = kNaN;
  double ci_high = kNaN;
};

// With m = n_x + n_y − 2 (Hedges 1981, J. Educ. Stat. 6(2):107–128;
// Hedges & Olkin 1985, Statistical Methods for Meta-Analysis, ch. 5):
//
//   s_pooled = √(((n_x − 1)s_x² + (n_y − 1)s_y²) / m)
//   d        = (mean_x − mean_y) / s_pooled                   (Cohen's d)
//   J(m)     = Γ(m/2) / (√(m/2) · Γ((m − 1)/2))   the exact correction
//              (≈ 1 − 3/(4m − 1), the approximation often quoted)
//   g        = J(m) · d
//   SE(g)    = √((n_x + n_y)/(n_x n_y) + g² / (2(n_x + n_y)))
//              (Hedges & Olkin's large-sample variance of the effect size)
//   CI       = g ± z((1 + level)/2) · SE(g)      (normal quantile z)
//
// The Wald interval is approximate; for very small groups its coverage is
// below nominal.
//
// REQUIRES: finite values.
// All fields NaN when either group has fewer than two values (the pooled SD
// then rests on one group only; we require both), a value is non-finite, or
// both groups have zero variance (s_pooled = 0, d undefined). A
// confidence_level outside (0, 1) leaves only the CI NaN.
HedgesGResult HedgesG(std::span<const double> x, std::span<const double> y,
                      double confidence_level = kDefaultConfidenceLevel);

// Hedges' exact small-sample correction J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2))
// for an effect size standardized by an SD with df degrees of freedom
// (df = n_x + n_y − 2 above; n − 1 for the paired g_z of hedges_gz.h).
// REQUIRES: df >= 2 (J(1) = 0: the expectation of d does not exist there).
double HedgesCorrection(double df);

// g with its standard error and the Wald interval g ± z((1 + level)/2) · se;
// a confidence_level outside (0, 1) leaves only the interval NaN.
HedgesGResult WithWaldInterval(double g, double se, double confidence_level);

}  // namespace tobii::stats
