#include "stats/mann_whitney.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: SciPy 1.10.1, scipy.stats.mannwhitneyu(x, y) with its defaults
// (use_continuity=True, alternative='two-sided', method='auto').

TEST(MannWhitneyU, SmallGroupsWithoutTiesUseTheExactDistribution) {
  const std::vector<double> x = {1, 2, 3}, y = {4, 5, 6, 7};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu([1,2,3],[4,5,6,7]) -> U=0.0, p=0.05714285714285714
  EXPECT_EQ(r.method, MannWhitneyMethod::kExact);
  EXPECT_EQ(r.u, 0.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.05714285714285714);
}

TEST(MannWhitneyU, ReportsTheStatisticOfTheFirstGroup) {
  // SciPy's documented example (Shier 2004).
  const std::vector<double> males = {19, 22, 16, 29, 24}, females = {20, 11, 17, 12};
  const MannWhitneyResult r = MannWhitneyU(males, females);
  // scipy 1.10.1: mannwhitneyu([19,22,16,29,24],[20,11,17,12]) -> U=17.0, p=0.1111111111111111
  EXPECT_EQ(r.u, 17.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.1111111111111111);
  const MannWhitneyResult swapped = MannWhitneyU(females, males);
  EXPECT_EQ(swapped.u, 3.0);  // n1·n2 − 17
  EXPECT_RELATIVE_NEAR(swapped.p, 0.1111111111111111);
}

TEST(MannWhitneyU, ExactWithInterleavedValues) {
  const std::vector<double> x = {1.1, 3.4, 2.2, 5.0, 0.3}, y = {2.9, 4.1, 6.2, 7.7};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu([1.1,3.4,2.2,5.0,0.3],[2.9,4.1,6.2,7.7]) -> U=3.0, p=0.1111111111111111
  EXPECT_EQ(r.method, MannWhitneyMethod::kExact);
  EXPECT_EQ(r.u, 3.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.1111111111111111);
}

TEST(MannWhitneyU, ExactPAtTheCentreIsClippedToOne) {
  const std::vector<double> x = {1.0, 2.0, 3.0, 4.0}, y = {1.5, 2.5, 3.5, 4.5};
  // scipy 1.10.1: mannwhitneyu([1.0,2.0,3.0,4.0],[1.5,2.5,3.5,4.5]) -> U=6.0, p=0.6857142857142857
  const MannWhitneyResult r = MannWhitneyU(x, y);
  EXPECT_EQ(r.u, 6.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.6857142857142857);
  // U = m·n/2 exactly: 2·P(U >= 1) = 2 > 1.
  // scipy 1.10.1: mannwhitneyu([4.0],[3.0]) -> U=1.0, p=1.0
  const std::vector<double> one = {4.0}, other = {3.0};
  const MannWhitneyResult centre = MannWhitneyU(one, other);
  EXPECT_EQ(centre.u, 1.0);
  EXPECT_EQ(centre.p, 1.0);
}

TEST(MannWhitneyU, ExactWhileOnlyOneGroupHasAtMostEightValues) {
  // SciPy goes asymptotic only when both groups exceed 8 values
  // (_mwu_choose_method); here 3 against 12.
  const std::vector<double> x = {5.5, 0.7, 3.3};
  const std::vector<double> y = {1.2, 2.4, 3.1, 4.8, 6.9, 7.3, 8.6, 9.1, 10.4, 11.0, 12.2, 13.5};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu([5.5,0.7,3.3],[1.2,2.4,3.1,4.8,6.9,7.3,8.6,9.1,10.4,11.0,12.2,13.5])
  //   -> U=7.0, p=0.13626373626373628 (method='asymptotic' would give 0.12963458087901283)
  EXPECT_EQ(r.method, MannWhitneyMethod::kExact);
  EXPECT_EQ(r.u, 7.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.13626373626373628);
}

TEST(MannWhitneyU, ExactWithEightAgainstThirty) {
  // numpy.random.default_rng(7): np.round(normal(10, 3, 8), 3), np.round(normal(12, 4, 30), 3)
  const std::vector<double> x = {10.004, 10.896, 9.178, 7.328, 8.636, 7.025, 10.18, 14.021};
  const std::vector<double> y = {10.031, 9.518,  13.959, 13.428, 12.422, 8.278,  11.883, 14.781,
                                 6.623,  10.17,  4.395,  6.842,  4.633,  11.06,  6.93,   13.085,
                                 12.627, 11.252, 1.933,  9.845,  11.806, 12.453, 5.879,  10.089,
                                 8.086,  8.765,  16.244, 8.77,   11.87,  15.538};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu(x, y) -> U=106.0, p=0.6352204460164115
  EXPECT_EQ(r.method, MannWhitneyMethod::kExact);
  EXPECT_EQ(r.u, 106.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.6352204460164115);
}

TEST(MannWhitneyU, TiesUseTheTieCorrectedNormalApproximation) {
  const std::vector<double> x = {1, 2, 2, 3, 5}, y = {2, 3, 3, 4, 6, 6};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu([1,2,2,3,5],[2,3,3,4,6,6]) -> U=7.0, p=0.1620516143696369
  //   (method='exact' would give 0.17748917748917747)
  EXPECT_EQ(r.method, MannWhitneyMethod::kAsymptotic);
  EXPECT_EQ(r.u, 7.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.1620516143696369);
}

TEST(MannWhitneyU, BothGroupsAboveEightUseTheNormalApproximation) {
  const std::vector<double> x = {3.1, 4.7, 2.2, 5.9, 6.3, 1.8, 7.4, 8.8, 2.9, 5.1};
  const std::vector<double> y = {6.6, 9.2, 7.1, 10.5, 4.4, 8.3, 11.7, 9.9, 12.6, 3.7, 10.1, 13.4};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu([3.1,4.7,2.2,5.9,6.3,1.8,7.4,8.8,2.9,5.1],
  //   [6.6,9.2,7.1,10.5,4.4,8.3,11.7,9.9,12.6,3.7,10.1,13.4]) -> U=17.0, p=0.005072912660238282
  EXPECT_EQ(r.method, MannWhitneyMethod::kAsymptotic);
  EXPECT_EQ(r.u, 17.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.005072912660238282);
}

TEST(MannWhitneyU, CompleteSeparationGivesASmallPAccurately) {
  std::vector<double> x, y;
  for (int i = 1; i <= 40; ++i) x.push_back(i);
  for (int i = 41; i <= 80; ++i) y.push_back(i);
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu(np.arange(1., 41.), np.arange(41., 81.)) -> U=0.0, p=1.435085306393668e-14
  EXPECT_EQ(r.u, 0.0);
  EXPECT_RELATIVE_NEAR(r.p, 1.435085306393668e-14);
}

TEST(MannWhitneyU, AllValuesTiedGivePOne) {
  const std::vector<double> x = {2.0, 2.0, 2.0}, y = {2.0, 2.0};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  // scipy 1.10.1: mannwhitneyu([2.0,2.0,2.0],[2.0,2.0]) -> U=3.0, p=1.0 (sigma = 0, z = -inf)
  EXPECT_EQ(r.method, MannWhitneyMethod::kAsymptotic);
  EXPECT_EQ(r.u, 3.0);
  EXPECT_EQ(r.p, 1.0);
}

TEST(MannWhitneyU, EmptyGroupIsNoTest) {
  const std::vector<double> x = {1.0, 2.0};
  for (const MannWhitneyResult& r : {MannWhitneyU(x, {}), MannWhitneyU({}, x), MannWhitneyU({}, {})}) {
    EXPECT_EQ(r.method, MannWhitneyMethod::kNone);
    EXPECT_TRUE(std::isnan(r.u));
    EXPECT_TRUE(std::isnan(r.p));
  }
}

TEST(MannWhitneyU, NonFiniteValueIsNoTest) {
  const std::vector<double> x = {1.0, std::numeric_limits<double>::infinity()}, y = {2.0, 3.0};
  const MannWhitneyResult r = MannWhitneyU(x, y);
  EXPECT_EQ(r.method, MannWhitneyMethod::kNone);
  EXPECT_TRUE(std::isnan(r.p));
}

}  // namespace
}  // namespace tobii::stats
