// GroupComparison: everything reported when one measure is compared between
// two groups — each group's descriptives, the Mann–Whitney U test, Welch's
// t-test and Hedges' g — and, once a family of measures has been compared,
// the Benjamini–Hochberg q-values of both tests across the family.
//
// The unit is the participant: the caller averages each participant's
// recordings first and passes one finite value per participant. Stateless
// and thread-safe; O(n_x + n_y) memory.
#pragma once

#include <limits>
#include <span>

#include "stats/descriptive.h"
#include "stats/hedges_g.h"
#include "stats/mann_whitney.h"
#include "stats/welch.h"

namespace tobii::stats {

struct GroupComparison {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

  Descriptive x;
  Descriptive y;
  MannWhitneyResult mann_whitney;
  WelchResult welch;
  HedgesGResult hedges_g;  // x − y
  // Benjamini–Hochberg q-values of mann_whitney.p and welch.p across the
  // family; NaN until AddQValues has run, or when the test's p is NaN.
  double mann_whitney_q = kNaN;
  double welch_q = kNaN;
};

// Runs every statistic on groups x and y. Degenerate groups (too small, no
// variance, all tied) give NaN where a number is undefined, as each
// statistic's header documents; nothing throws.
GroupComparison CompareGroups(std::span<const double> x, std::span<const double> y,
                              double confidence_level = kDefaultConfidenceLevel);

// Fills mann_whitney_q and welch_q of every comparison: each test's p-values
// over the whole family are one Benjamini–Hochberg family (the Mann–Whitney
// and the Welch p-values answer the same questions twice, so they are not
// pooled into one family).
void AddQValues(std::span<GroupComparison> family);

}  // namespace tobii::stats
