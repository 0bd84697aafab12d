#include "stats/paired_t.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/paired_samples.h"
#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: SciPy 1.10.1, scipy.stats.ttest_rel(x, y) (two-sided);
// `-> statistic, df, pvalue`.

void ExpectNoTest(const PairedTResult& r) {
  EXPECT_TRUE(std::isnan(r.t));
  EXPECT_TRUE(std::isnan(r.df));
  EXPECT_TRUE(std::isnan(r.p));
}

TEST(PairedTTest, MatchesSciPy) {
  const std::vector<double>& x = kNinePairsA;
  const std::vector<double>& y = kNinePairsB;
  const PairedTResult r = PairedTTest(x, y);
  // ttest_rel(a, b) -> 3.0353754156485917, 8.0, 0.016176627434908095
  EXPECT_RELATIVE_NEAR(r.t, 3.0353754156485917);
  EXPECT_EQ(r.df, 8.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.016176627434908095);
  // Swapping x and y flips the sign of t only.
  const PairedTResult swapped = PairedTTest(y, x);
  EXPECT_RELATIVE_NEAR(swapped.t, -3.0353754156485917);
  EXPECT_RELATIVE_NEAR(swapped.p, 0.016176627434908095);
}

TEST(PairedTTest, TwoPairsByHand) {
  // d = [0.5, 2]: mean 1.25, sd √1.125, t = 1.25 / (√1.125 / √2) = 5/3.
  // ttest_rel([1., 2.], [0.5, 0.]) -> 1.6666666666666667, 1.0, 0.3440417392452613
  const PairedTResult r = PairedTTest(std::vector<double>{1, 2}, std::vector<double>{0.5, 0});
  EXPECT_RELATIVE_NEAR(r.t, 1.6666666666666667);
  EXPECT_EQ(r.df, 1.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.3440417392452613);
}

TEST(PairedTTest, LargeSamples) {
  const auto [x, y] = SmallIntegerPairs();
  // ttest_rel(xl, yl) -> 5.610126291142814, 199.0, 6.70905386506611e-08
  const PairedTResult r = PairedTTest(x, y);
  EXPECT_RELATIVE_NEAR(r.t, 5.610126291142814);
  EXPECT_EQ(r.df, 199.0);
  EXPECT_RELATIVE_NEAR(r.p, 6.70905386506611e-08);
}

TEST(PairedTTest, FewerThanTwoPairsIsNoTest) {
  // ttest_rel([1.], [0.]) -> nan, 0.0, nan ; ttest_rel([], []) -> nan, nan, nan
  ExpectNoTest(PairedTTest(std::vector<double>{1}, std::vector<double>{0}));
  ExpectNoTest(PairedTTest({}, {}));
}

TEST(PairedTTest, ConstantDifferencesAreNoTestWhereSciPyGivesInfinity) {
  // ttest_rel([1., 2., 3.], [0., 1., 2.]) -> inf, 2.0, 0.0 (deliberately not matched: paired_t.h)
  ExpectNoTest(PairedTTest(std::vector<double>{1, 2, 3}, std::vector<double>{0, 1, 2}));
  // ttest_rel([1., 2., 3.], [1., 2., 3.]) -> nan, 2.0, nan
  const std::vector<double> same = {1, 2, 3};
  ExpectNoTest(PairedTTest(same, same));
}

TEST(PairedTTest, UnequalLengthsOrNonFiniteValuesAreNoTest) {
  // ttest_rel([1., 2.], [1.]) -> raises ValueError (unequal length arrays)
  ExpectNoTest(PairedTTest(std::vector<double>{1, 2}, std::vector<double>{1}));
  // ttest_rel([1., np.nan, 3.], [0., 1., 2.]) -> nan, nan, nan
  const double nan = std::numeric_limits<double>::quiet_NaN();
  ExpectNoTest(PairedTTest(std::vector<double>{1, nan, 3}, std::vector<double>{0, 1, 2}));
  const double inf = std::numeric_limits<double>::infinity();
  ExpectNoTest(PairedTTest(std::vector<double>{1, 2, 3}, std::vector<double>{0, 1, inf}));
}

}  // namespace
}  // namespace tobii::stats
