#include "stats/group_comparison.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

const std::vector<double> kGroupA = {20.1, 22.3, 19.8, 25.6, 21.0, 23.4};
const std::vector<double> kGroupB = {30.2, 18.5, 27.9, 35.1, 22.2, 29.9, 40.3, 26.6, 31.0};

TEST(CompareGroups, RunsEveryStatisticOnTheSameGroups) {
  const GroupComparison c = CompareGroups(kGroupA, kGroupB);
  EXPECT_EQ(c.x.n, 6u);
  EXPECT_EQ(c.y.n, 9u);
  // scipy 1.10.1: mannwhitneyu(a, b) -> p=0.03596403596403597 (exact: n_a = 6)
  EXPECT_EQ(c.mann_whitney.method, MannWhitneyMethod::kExact);
  EXPECT_RELATIVE_NEAR(c.mann_whitney.p, 0.03596403596403597);
  // scipy 1.10.1: ttest_ind(a, b, equal_var=False) -> p=0.012320449945789137
  EXPECT_RELATIVE_NEAR(c.welch.p, 0.012320449945789137);
  // numpy from the formula in hedges_g.h: g=-1.261384109053092
  EXPECT_RELATIVE_NEAR(c.hedges_g.g, -1.261384109053092);
  EXPECT_TRUE(std::isnan(c.mann_whitney_q));  // until AddQValues
  EXPECT_TRUE(std::isnan(c.welch_q));
}

TEST(CompareGroups, DegenerateGroupsGiveNaNAndNeverThrow) {
  const std::vector<double> one = {1.0}, tied = {2.0, 2.0, 2.0};
  const GroupComparison c = CompareGroups(one, tied);
  EXPECT_EQ(c.x.mean, 1.0);
  EXPECT_TRUE(std::isnan(c.x.sd));
  EXPECT_TRUE(std::isnan(c.welch.p));
  EXPECT_TRUE(std::isnan(c.hedges_g.g));
  EXPECT_FALSE(std::isnan(c.mann_whitney.p));  // ranks need no spread

  const GroupComparison empty = CompareGroups({}, {});
  EXPECT_TRUE(std::isnan(empty.x.mean));
  EXPECT_TRUE(std::isnan(empty.mann_whitney.p));
  EXPECT_TRUE(std::isnan(empty.welch.p));
  EXPECT_TRUE(std::isnan(empty.hedges_g.g));
}

TEST(AddQValues, AdjustsEachTestAcrossTheFamily) {
  const std::vector<double> males = {19, 22, 16, 29, 24}, females = {20, 11, 17, 12};
  const std::vector<double> one = {1.0}, two = {2.0, 3.0};
  std::vector<GroupComparison> family = {CompareGroups(kGroupA, kGroupB), CompareGroups(males, females),
                                         CompareGroups(one, two)};
  AddQValues(family);
  // scipy 1.10.1 p-values, then BH in numpy as in benjamini_hochberg_test.cpp:
  //   mannwhitneyu p [0.03596403596403597, 0.1111111111111111, 0.6666666666666666]
  //     -> q [0.1078921078921079, 0.16666666666666666, 0.6666666666666666]
  //   ttest_ind p [0.012320449945789137, 0.05675092592187574, nan (group of one)]
  //     -> q [0.024640899891578274, 0.05675092592187574, nan]
  EXPECT_RELATIVE_NEAR(family[0].mann_whitney_q, 0.1078921078921079);
  EXPECT_RELATIVE_NEAR(family[1].mann_whitney_q, 0.16666666666666666);
  EXPECT_RELATIVE_NEAR(family[2].mann_whitney_q, 0.6666666666666666);
  EXPECT_RELATIVE_NEAR(family[0].welch_q, 0.024640899891578274);
  EXPECT_RELATIVE_NEAR(family[1].welch_q, 0.05675092592187574);
  EXPECT_TRUE(std::isnan(family[2].welch_q));
}

}  // namespace
}  // namespace tobii::stats
