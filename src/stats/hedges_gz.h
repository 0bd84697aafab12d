// Hedges' g_z: the standardized mean of the paired differences x − y, with
// the small-sample bias correction, and its approximate confidence interval.
// The paired counterpart of hedges_g.h.
//
// Stateless and thread-safe; O(n) memory.
#pragma once

#include <span>

#include "stats/descriptive.h"
#include "stats/hedges_g.h"

namespace tobii::stats {

// With d = x − y over the n pairs:
//
//   d_z   = mean(d) / sd(d)   (sd divisor n − 1; Cohen's d_z, Lakens 2013,
//                              Front. Psychol. 4:863, eq. 6: d_z = t / √n)
//   g_z   = J(n − 1) · d_z    (Hedges' exact correction, hedges_g.h, with the
//                              n − 1 degrees of freedom of sd(d))
//   SE    = √(1/n + g_z² / (2n))
//   CI    = g_z ± z((1 + level)/2) · SE           (normal quantile z)
//
// SE² is the large-sample variance of a standardized mean change in the
// change-score metric: the leading terms, for large n, of the exact
// variance of d_z that follows from the noncentral t distribution of
// √n·d_z, (n − 1)(1 + n·δ²)/(n(n − 3)) − δ²/J(n − 1)² (Morris & DeShon 2002,
// Psychol. Methods 7(1):105–125, repeated-measures metric), with g_z for δ;
// the one-sample form of the Hedges & Olkin (1985) variance hedges_g.h uses. g_z is in units of the SD of the
// differences, so it is not comparable with a between-group g (Lakens 2013).
//
// The Wald interval is approximate; for very few pairs its coverage is
// below nominal.
//
// REQUIRES: x.size() == y.size(), finite values.
// All fields NaN when the lengths differ, a value is non-finite, there are
// fewer than three pairs (J(1) = 0: with one degree of freedom the mean of
// d_z does not exist, so there is no unbiased g_z to report), or every
// difference is the same (sd(d) = 0, d_z undefined). A confidence_level
// outside (0, 1) leaves only the CI NaN.
HedgesGResult HedgesGz(std::span<const double> x, std::span<const double> y,
                       double confidence_level = kDefaultConfidenceLevel);

}  // namespace tobii::stats
