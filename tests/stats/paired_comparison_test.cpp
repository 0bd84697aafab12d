#include "stats/paired_comparison.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/paired_samples.h"
#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

TEST(ComparePaired, RunsEveryStatisticOnTheSamePairs) {
  const PairedComparison c = ComparePaired(kNinePairsA, kNinePairsB);
  EXPECT_EQ(c.x.n, 9u);
  EXPECT_EQ(c.y.n, 9u);
  // d = x - y in numpy: d.mean() -> 0.43188888888888893, d.std(ddof=1) -> 0.4268554920709246,
  //   np.median(d) -> 0.49.
  // The CI's t quantile: SciPy's stats.t.ppf(0.975, 8) -> 2.3060041350333704 is 7e-11 off
  //   (special.stdtr(8, -2.3060041350333704) - 0.025 -> 6.7e-12), Boost's 2.3060041352041662
  //   is not (-> -1.4e-17), so the reference uses Boost's:
  //   d.mean() -/+ 2.3060041352041662 * d.std(ddof=1) / 3 -> 0.1037787122721685, 0.7599990655056094
  EXPECT_EQ(c.differences.n, 9u);
  EXPECT_RELATIVE_NEAR(c.differences.mean, 0.43188888888888893);
  EXPECT_RELATIVE_NEAR(c.differences.sd, 0.4268554920709246);
  EXPECT_RELATIVE_NEAR(c.differences.median, 0.49);
  EXPECT_RELATIVE_NEAR(c.differences.ci_low, 0.1037787122721685);
  EXPECT_RELATIVE_NEAR(c.differences.ci_high, 0.7599990655056094);
  // scipy 1.10.1: wilcoxon(a, b) -> 5.0, 0.0390625 (exact)
  EXPECT_EQ(c.wilcoxon.method, WilcoxonMethod::kExact);
  EXPECT_EQ(c.wilcoxon.p, 0.0390625);
  // scipy 1.10.1: ttest_rel(a, b) -> p=0.016176627434908095
  EXPECT_RELATIVE_NEAR(c.paired_t.p, 0.016176627434908095);
  // numpy from the formula in hedges_gz.h: g=0.913347835555134
  EXPECT_RELATIVE_NEAR(c.hedges_gz.g, 0.913347835555134);
  EXPECT_TRUE(std::isnan(c.wilcoxon_q));  // until AddQValues
  EXPECT_TRUE(std::isnan(c.paired_t_q));
}

TEST(ComparePaired, UnequalLengthsDescribeEachConditionAndTestNothing) {
  const std::vector<double> shorter(kNinePairsB.begin(), kNinePairsB.end() - 1);
  const PairedComparison c = ComparePaired(kNinePairsA, shorter);
  EXPECT_EQ(c.x.n, 9u);
  EXPECT_EQ(c.y.n, 8u);
  EXPECT_FALSE(std::isnan(c.y.mean));
  EXPECT_EQ(c.differences.n, 0u);
  EXPECT_TRUE(std::isnan(c.differences.mean));
  EXPECT_EQ(c.wilcoxon.method, WilcoxonMethod::kNone);
  EXPECT_TRUE(std::isnan(c.wilcoxon.p));
  EXPECT_TRUE(std::isnan(c.paired_t.p));
  EXPECT_TRUE(std::isnan(c.hedges_gz.g));
}

TEST(ComparePaired, NonFiniteValueGivesNaNAndNeverThrows) {
  std::vector<double> x = kNinePairsA;
  x[3] = std::numeric_limits<double>::quiet_NaN();
  const PairedComparison c = ComparePaired(x, kNinePairsB);
  EXPECT_EQ(c.x.n, 9u);
  EXPECT_TRUE(std::isnan(c.x.mean));
  EXPECT_RELATIVE_NEAR(c.y.mean, 1.334777777777778);  // np.mean(b)
  EXPECT_EQ(c.differences.n, 9u);
  EXPECT_TRUE(std::isnan(c.differences.mean));
  EXPECT_EQ(c.wilcoxon.method, WilcoxonMethod::kNone);
  EXPECT_TRUE(std::isnan(c.paired_t.p));
  EXPECT_TRUE(std::isnan(c.hedges_gz.g));
}

TEST(ComparePaired, DegeneratePairsGiveNaNWhereUndefined) {
  // One pair: the Wilcoxon test runs (p = 1), the t-test and g_z cannot.
  const PairedComparison one = ComparePaired(std::vector<double>{3}, std::vector<double>{1});
  EXPECT_EQ(one.differences.mean, 2.0);
  EXPECT_EQ(one.wilcoxon.p, 1.0);
  EXPECT_TRUE(std::isnan(one.paired_t.p));
  EXPECT_TRUE(std::isnan(one.hedges_gz.g));

  const PairedComparison empty = ComparePaired({}, {});
  EXPECT_TRUE(std::isnan(empty.differences.mean));
  EXPECT_TRUE(std::isnan(empty.wilcoxon.p));
  EXPECT_TRUE(std::isnan(empty.paired_t.p));
  EXPECT_TRUE(std::isnan(empty.hedges_gz.g));
}

TEST(AddQValues, AdjustsEachPairedTestAcrossTheFamily) {
  const std::vector<double> corn = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};
  const std::vector<double> zeros(corn.size(), 0.0);
  const auto [xl, yl] = SmallIntegerPairs();
  const std::vector<double> same = {1, 2, 3};
  std::vector<PairedComparison> family = {ComparePaired(kNinePairsA, kNinePairsB), ComparePaired(corn, zeros),
                                          ComparePaired(xl, yl), ComparePaired(same, same)};
  AddQValues(family);
  // scipy 1.10.1 p-values (a, b, xl, yl as in paired_samples.h), then BH in numpy as in
  // benjamini_hochberg_test.cpp, NaN left out:
  //   wilcoxon p [0.0390625, 0.041259765625, 3.688845401336931e-07, nan (all differences zero: SciPy raises)]
  //     -> q [0.041259765625, 0.041259765625, 1.1066536204010794e-06, nan]
  //   ttest_rel p [0.016176627434908095, 0.049702944021800956, 6.70905386506611e-08, nan]
  //     -> q [0.024264941152362142, 0.049702944021800956, 2.012716159519833e-07, nan]
  EXPECT_RELATIVE_NEAR(family[0].wilcoxon_q, 0.041259765625);
  EXPECT_RELATIVE_NEAR(family[1].wilcoxon_q, 0.041259765625);
  EXPECT_RELATIVE_NEAR(family[2].wilcoxon_q, 1.1066536204010794e-06);
  EXPECT_TRUE(std::isnan(family[3].wilcoxon_q));
  EXPECT_RELATIVE_NEAR(family[0].paired_t_q, 0.024264941152362142);
  EXPECT_RELATIVE_NEAR(family[1].paired_t_q, 0.049702944021800956);
  EXPECT_RELATIVE_NEAR(family[2].paired_t_q, 2.012716159519833e-07);
  EXPECT_TRUE(std::isnan(family[3].paired_t_q));
}

}  // namespace
}  // namespace tobii::stats
