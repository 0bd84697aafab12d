#include "report/comparison_layout.h"

#include <gtest/gtest.h>

namespace tobii::report {
namespace {

// group_stats.csv's header as src/report/comparison_csv.cpp writes it.
const std::vector<std::string> kGroupStatsHeader = {
    "metric", "group", "reference", "n", "mean", "sd", "median", "iqr", "ci95_low", "ci95_high", "reference_n",
    "reference_mean", "reference_sd", "reference_median", "reference_iqr", "reference_ci95_low",
    "reference_ci95_high", "mann_whitney_u", "mann_whitney_p", "mann_whitney_method", "mann_whitney_q", "welch_t",
    "welch_df", "welch_p", "welch_q", "hedges_g", "hedges_g_ci95_low", "hedges_g_ci95_high"};

TEST(ComparisonLayout, TestsAndEffectsOfGroupStatsAreFound) {
  const ComparisonLayout layout = FindComparisonLayout(kGroupStatsHeader);
  ASSERT_EQ(layout.tests.size(), 2u);
  EXPECT_EQ(layout.tests[0].prefix, "mann_whitney");
  EXPECT_EQ(layout.tests[0].statistics, std::vector<std::string>{"mann_whitney_u"});
  EXPECT_EQ(layout.tests[0].p, "mann_whitney_p");
  EXPECT_EQ(layout.tests[0].q, "mann_whitney_q");
  EXPECT_EQ(layout.tests[0].df, "");
  EXPECT_EQ(layout.tests[1].prefix, "welch");
  EXPECT_EQ(layout.tests[1].statistics, std::vector<std::string>{"welch_t"});
  EXPECT_EQ(layout.tests[1].df, "welch_df");
  // The groups' own intervals are no effect.
  ASSERT_EQ(layout.effects.size(), 1u);
  EXPECT_EQ(layout.effects[0].estimate, "hedges_g");
  EXPECT_EQ(layout.effects[0].low, "hedges_g_ci95_low");
  EXPECT_EQ(layout.effects[0].high, "hedges_g_ci95_high");
  EXPECT_EQ(layout.effects[0].level, "95");
}

TEST(ComparisonLayout, ATestTheStatisticsAddAppearsWithoutAChangeHere) {
  std::vector<std::string> header = {"metric", "group", "reference", "brunner_munzel_w", "brunner_munzel_p",
                                     "cliffs_delta", "cliffs_delta_ci90_low", "cliffs_delta_ci90_high"};
  const ComparisonLayout layout = FindComparisonLayout(header);
  ASSERT_EQ(layout.tests.size(), 1u);
  EXPECT_EQ(layout.tests[0].prefix, "brunner_munzel");
  EXPECT_EQ(layout.tests[0].q, "");  // not corrected
  EXPECT_EQ(TestTitle("brunner_munzel"), "brunner munzel");
  EXPECT_EQ(StatisticSymbol("brunner_munzel", "brunner_munzel_w"), "w");
  ASSERT_EQ(layout.effects.size(), 1u);
  EXPECT_EQ(layout.effects[0].level, "90");
  EXPECT_EQ(EffectTitle("cliffs_delta"), "cliffs delta");
}

TEST(ComparisonLayout, KnownMethodsReadByTheirNames) {
  EXPECT_EQ(TestTitle("mann_whitney"), "Mann\u2013Whitney U test");
  EXPECT_EQ(StatisticSymbol("mann_whitney", "mann_whitney_u"), "U");
  EXPECT_EQ(StatisticSymbol("welch", "welch_t"), "t");
  EXPECT_EQ(EffectTitle("hedges_g"), "Hedges' g");
}

// condition_stats.csv's header as src/report/condition_csv.cpp writes it.
const std::vector<std::string> kConditionStatsHeader = {
    "metric", "group", "condition", "reference", "n", "mean", "sd", "median", "iqr", "ci95_low", "ci95_high",
    "reference_n", "reference_mean", "reference_sd", "reference_median", "reference_iqr", "reference_ci95_low",
    "reference_ci95_high", "difference_n", "difference_mean", "difference_sd", "difference_median",
    "difference_iqr", "difference_ci95_low", "difference_ci95_high", "wilcoxon_w", "wilcoxon_p",
    "wilcoxon_method", "wilcoxon_q", "paired_t", "paired_t_df", "paired_t_p", "paired_t_q", "hedges_gz",
    "hedges_gz_ci95_low", "hedges_gz_ci95_high"};

TEST(ComparisonLayout, PairedTestsDifferencesAndGzOfConditionStatsAreFound) {
  const ComparisonLayout layout = FindComparisonLayout(kConditionStatsHeader);
  ASSERT_EQ(layout.tests.size(), 2u);
  EXPECT_EQ(layout.tests[0].prefix, "wilcoxon");
  EXPECT_EQ(layout.tests[0].statistics, std::vector<std::string>{"wilcoxon_w"});  // wilcoxon_method is no statistic
  EXPECT_EQ(layout.tests[0].q, "wilcoxon_q");
  EXPECT_EQ(layout.tests[0].df, "");
  // The paired t's statistic is the column named as the test.
  EXPECT_EQ(layout.tests[1].prefix, "paired_t");
  EXPECT_EQ(layout.tests[1].statistics, std::vector<std::string>{"paired_t"});
  EXPECT_EQ(layout.tests[1].df, "paired_t_df");
  EXPECT_EQ(layout.tests[1].p, "paired_t_p");
  EXPECT_EQ(layout.tests[1].q, "paired_t_q");
  // The differences' interval is no effect size, but the differences.
  ASSERT_EQ(layout.effects.size(), 1u);
  EXPECT_EQ(layout.effects[0].estimate, "hedges_gz");
  EXPECT_EQ(layout.effects[0].low, "hedges_gz_ci95_low");
  EXPECT_EQ(layout.difference.estimate, "difference_mean");
  EXPECT_EQ(layout.difference.low, "difference_ci95_low");
  EXPECT_EQ(layout.difference.high, "difference_ci95_high");
  EXPECT_EQ(layout.difference.level, "95");
  // Between groups there are no differences.
  EXPECT_EQ(FindComparisonLayout(kGroupStatsHeader).difference.estimate, "");
}

TEST(ComparisonLayout, PairedMethodsReadByTheirNames) {
  EXPECT_EQ(TestTitle("wilcoxon"), "Wilcoxon signed-rank test");
  EXPECT_EQ(StatisticSymbol("wilcoxon", "wilcoxon_w"), "W");
  EXPECT_EQ(TestTitle("paired_t"), "paired t-test");
  EXPECT_EQ(StatisticSymbol("paired_t", "paired_t"), "t");
  EXPECT_EQ(EffectTitle("hedges_gz"), "Hedges' g_z");
  // A test the statistics add, named by its own column: its name.
  EXPECT_EQ(StatisticSymbol("sign_test", "sign_test"), "sign test");
}

TEST(ComparisonLayout, ADescriptiveTableHasNoTest) {
  const ComparisonLayout layout = FindComparisonLayout({"metric", "group", "n", "mean", "sd", "ci95_low", "ci95_high"});
  EXPECT_TRUE(layout.tests.empty());
  EXPECT_TRUE(layout.effects.empty());
}

}  // namespace
}  // namespace tobii::report
