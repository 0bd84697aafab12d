// PairedComparison: everything reported when one measure is compared between
// two conditions recorded from the same participants — the descriptives of
// each condition and of the differences, the Wilcoxon signed-rank test, the
// paired t-test and Hedges' g_z — and, once a family of measures has been
// compared, the Benjamini–Hochberg q-values of both tests across the family.
// The within-participant counterpart of group_comparison.h.
//
// The unit is the participant: x[i] and y[i] are participant i's values in
// conditions x and y (each the mean of that participant's recordings in the
// condition). Stateless and thread-safe; O(n) memory.
#pragma once

#include <limits>
#include <span>

#include "stats/descriptive.h"
#include "stats/hedges_gz.h"
#include "stats/paired_t.h"
#include "stats/wilcoxon_signed_rank.h"

namespace tobii::stats {

struct PairedComparison {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  Descriptive x;
  Descriptive y;
  Descriptive differences;  // of x[i] − y[i]
  WilcoxonResult wilcoxon;
  PairedTResult paired_t;
  HedgesGResult hedges_gz;  // x − y, in SDs of the differences (hedges_gz.h)
  // Benjamini–Hochberg q-values of wilcoxon.p and paired_t.p across the
  // family; NaN until AddQValues has run, or when the test's p is NaN.
  double wilcoxon_q = kNaN;
  double paired_t_q = kNaN;
};

// Runs every statistic on the pairs (x[i], y[i]).
//
// REQUIRES: x.size() == y.size(), finite values. Nothing throws:
// - Unequal lengths (no pairing): x and y are each described as given;
//   differences is empty (n = 0, all NaN), and both tests and g_z are NaN
//   (method kNone).
// - A non-finite value: its condition's descriptives and those of the
//   differences are all NaN with n set (descriptive.h); the tests and g_z
//   are NaN. The pair is not dropped: the caller decides which
//   participants to leave out.
// - Degenerate pairs (too few, all differences zero or equal) give NaN
//   where a number is undefined, as each statistic's header documents.
PairedComparison ComparePaired(std::span<const double> x, std::span<const double> y,
                               double confidence_level = kDefaultConfidenceLevel);

// Fills wilcoxon_q and paired_t_q of every comparison: each test's p-values
// over the whole family are one Benjamini–Hochberg family (the two tests
// answer the same questions twice, so they are not pooled into one family).
void AddQValues(std::span<PairedComparison> family);

}  // namespace tobii::stats
