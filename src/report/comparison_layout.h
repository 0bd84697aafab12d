// Which columns of a comparison table (group_stats.csv, behavior_summary.csv)
// hold what, found from the header alone, so that a test or an effect size
// the statistics add appears in the report without a change here:
//
//   a test        TEST_p (with TEST_q when corrected, TEST_method, and its
//                 statistics: a column named TEST and every other TEST_*
//                 column, TEST_df aside)
//   an effect     EFFECT with EFFECT_ci95_low and EFFECT_ci95_high
//   a group       n, mean, sd; the reference group reference_n, ...
//   differences   difference_mean with difference_ci95_low and _high: the
//                 paired differences of condition_stats.csv
//   identity      the text columns before the group's n: behavior, metric,
//                 group, reference
//
// Thread-safety: plain values.
#pragma once

#include <string>
#include <vector>

namespace tobii::report {

struct TestColumns {
  std::string prefix;                   // "mann_whitney"
  std::vector<std::string> statistics;  // "mann_whitney_u"; "paired_t" (the column named as the test)
  std::string df;                       // "welch_df", or ""
  std::string p;                        // "mann_whitney_p"
  std::string q;                        // "mann_whitney_q", or "" when not corrected
};

struct EffectColumns {
  std::string estimate;  // "hedges_g"
  std::string low;       // "hedges_g_ci95_low"
  std::string high;
  std::string level;     // "95" from the column names
};

struct ComparisonLayout {
  std::vector<TestColumns> tests;      // in the header's order
  std::vector<EffectColumns> effects;  // in the header's order
  // The mean of the paired differences and its interval; estimate empty
  // in a table without them.
  EffectColumns difference;
};

ComparisonLayout FindComparisonLayout(const std::vector<std::string>& header);

// What a reader calls a test, a statistic or an effect named by its column
// prefix: "Mann–Whitney U", "Welch's t", "Hedges' g"; a name not known
// here reads as itself with spaces ("brunner munzel").
std::string TestTitle(const std::string& prefix);
// A statistic's symbol: the method's ("mann_whitney", "mann_whitney_u" →
// "U"; "paired_t", "paired_t" → "t") where the column ends in it or is
// named as the test, else the column's own suffix ("z").
std::string StatisticSymbol(const std::string& prefix, const std::string& column);
std::string EffectTitle(const std::string& estimate);

}  // namespace tobii::report
