#include "stats/wilcoxon_signed_rank.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/paired_samples.h"
#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: SciPy 1.10.1, scipy.stats.wilcoxon(x, y) with its defaults
// (zero_method='wilcox', correction=False, alternative='two-sided',
// method='auto'); `-> statistic, pvalue`.

void ExpectNoTest(const WilcoxonResult& r) {
  EXPECT_EQ(r.method, WilcoxonMethod::kNone);
  EXPECT_TRUE(std::isnan(r.statistic));
  EXPECT_TRUE(std::isnan(r.p));
}

TEST(WilcoxonSignedRank, SciPysDocumentedExampleIsExact) {
  // Wilcoxon's (1945) corn heights, as differences against zero.
  const std::vector<double> d = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};
  const std::vector<double> zeros(d.size(), 0.0);
  const WilcoxonResult r = WilcoxonSignedRank(d, zeros);
  // wilcoxon([6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75], np.zeros(15))
  //   -> 24.0, 0.041259765625
  EXPECT_EQ(r.method, WilcoxonMethod::kExact);
  EXPECT_EQ(r.statistic, 24.0);
  EXPECT_EQ(r.p, 0.041259765625);
}

TEST(WilcoxonSignedRank, ExactForSmallPairedSamples) {
  const std::vector<double>& x = kNinePairsA;
  const std::vector<double>& y = kNinePairsB;
  const WilcoxonResult r = WilcoxonSignedRank(x, y);
  // wilcoxon(a, b) -> 5.0, 0.0390625
  //   (method='approx' would give 0.038151710173415135)
  EXPECT_EQ(r.method, WilcoxonMethod::kExact);
  EXPECT_EQ(r.statistic, 5.0);
  EXPECT_EQ(r.p, 0.0390625);
  // The statistic is min(R+, R−), so swapping x and y changes nothing.
  const WilcoxonResult swapped = WilcoxonSignedRank(y, x);
  EXPECT_EQ(swapped.statistic, 5.0);
  EXPECT_EQ(swapped.p, 0.0390625);
}

TEST(WilcoxonSignedRank, ExactAtAndNearTheCentre) {
  const std::vector<double> zeros(4, 0.0);
  // wilcoxon([1., -2., -3., 4.], [0., 0., 0., 0.]) -> 5.0, 1.0 (R+ = 5 = ⌊10/2⌋)
  const WilcoxonResult centre = WilcoxonSignedRank(std::vector<double>{1, -2, -3, 4}, zeros);
  EXPECT_EQ(centre.statistic, 5.0);
  EXPECT_EQ(centre.p, 1.0);
  // wilcoxon([1., 2., -3., 4.], [0., 0., 0., 0.]) -> 3.0, 0.625
  const WilcoxonResult near = WilcoxonSignedRank(std::vector<double>{1, 2, -3, 4}, zeros);
  EXPECT_EQ(near.statistic, 3.0);
  EXPECT_EQ(near.p, 0.625);
  // wilcoxon([1., 2., 3., 4.], [0., 0., 0., 0.]) -> 0.0, 0.125
  const WilcoxonResult extreme = WilcoxonSignedRank(std::vector<double>{1, 2, 3, 4}, zeros);
  EXPECT_EQ(extreme.statistic, 0.0);
  EXPECT_EQ(extreme.p, 0.125);
}

TEST(WilcoxonSignedRank, TiesStayExactWithTheRankSumTruncated) {
  // |d| ties (1, 1 and 2, 2, 2) but no zero: SciPy 1.10 stays exact, with
  // R+ = 30.5 truncated to 30.
  const std::vector<double> x = {1, 2, 2, -2, 3, 5, -1, 4};
  const std::vector<double> zeros(x.size(), 0.0);
  const WilcoxonResult r = WilcoxonSignedRank(x, zeros);
  // wilcoxon([1., 2., 2., -2., 3., 5., -1., 4.], [0.]*8) -> 5.5, 0.109375
  //   (method='approx' would give 0.07820880762299261)
  EXPECT_EQ(r.method, WilcoxonMethod::kExact);
  EXPECT_EQ(r.statistic, 5.5);
  EXPECT_EQ(r.p, 0.109375);
}

TEST(WilcoxonSignedRank, ZeroDifferencesAreDroppedAndForceTheApproximation) {
  // d = [2.1, 0, 3, -0.5, 3, 0, 5]: two zeros dropped, five ranked (one tie).
  const std::vector<double> x = {3.1, 2.0, 5.5, 4.0, 6.2, 1.0, 7.7};
  const std::vector<double> y = {1.0, 2.0, 2.5, 4.5, 3.2, 1.0, 2.7};
  const WilcoxonResult r = WilcoxonSignedRank(x, y);
  // wilcoxon([3.1, 2.0, 5.5, 4.0, 6.2, 1.0, 7.7], [1.0, 2.0, 2.5, 4.5, 3.2, 1.0, 2.7])
  //   -> 1.0, 0.0782481864330958
  EXPECT_EQ(r.method, WilcoxonMethod::kAsymptotic);
  EXPECT_EQ(r.statistic, 1.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.0782481864330958);
  // One nonzero difference left: m = 1, z = (0 − 0.5) / 0.5.
  // wilcoxon([0., 3.], [0., 1.]) -> 0.0, 0.31731050786291415
  const WilcoxonResult one_left = WilcoxonSignedRank(std::vector<double>{0, 3}, std::vector<double>{0, 1});
  EXPECT_EQ(one_left.method, WilcoxonMethod::kAsymptotic);
  EXPECT_EQ(one_left.statistic, 0.0);
  EXPECT_RELATIVE_NEAR(one_left.p, 0.31731050786291415);
}

TEST(WilcoxonSignedRank, AllDifferencesZeroIsNoTest) {
  // wilcoxon([1., 2., 3.], [1., 2., 3.]) -> raises ValueError (nothing left to rank)
  const std::vector<double> x = {1, 2, 3};
  ExpectNoTest(WilcoxonSignedRank(x, x));
}

TEST(WilcoxonSignedRank, OnePairIsExactWithPOne) {
  // wilcoxon([3.], [1.]) -> 0.0, 1.0 ; wilcoxon([1.], [3.]) -> 0.0, 1.0
  for (const WilcoxonResult& r : {WilcoxonSignedRank(std::vector<double>{3}, std::vector<double>{1}),
                                  WilcoxonSignedRank(std::vector<double>{1}, std::vector<double>{3})}) {
    EXPECT_EQ(r.method, WilcoxonMethod::kExact);
    EXPECT_EQ(r.statistic, 0.0);
    EXPECT_EQ(r.p, 1.0);
  }
}

TEST(WilcoxonSignedRank, EmptyUnequalOrNonFiniteInputIsNoTest) {
  // wilcoxon([], []) -> nan, nan
  ExpectNoTest(WilcoxonSignedRank({}, {}));
  // wilcoxon([1., 2.], [1.]) -> raises ValueError (unequal lengths)
  ExpectNoTest(WilcoxonSignedRank(std::vector<double>{1, 2}, std::vector<double>{1}));
  // wilcoxon([1., np.nan, 3.], [2., 2., 2.]) -> nan, nan
  const double nan = std::numeric_limits<double>::quiet_NaN();
  ExpectNoTest(WilcoxonSignedRank(std::vector<double>{1, nan, 3}, std::vector<double>{2, 2, 2}));
  const double inf = std::numeric_limits<double>::infinity();
  ExpectNoTest(WilcoxonSignedRank(std::vector<double>{1, 2, 3}, std::vector<double>{2, inf, 2}));
  // Finite values whose difference overflows.
  ExpectNoTest(WilcoxonSignedRank(std::vector<double>{1e308, 1}, std::vector<double>{-1e308, 2}));
}

// rng = np.random.default_rng(14)
// x = np.round(rng.normal(10, 3, 51), 3); y = np.round(rng.normal(10.8, 3, 51), 3)
// (no zero and no tie among the 51 |x − y|)
const std::vector<double> kX51 = {
    12.087, 7.062, 5.28,   1.225,  8.94,   13.743, 10.099, 11.536, 13.07,  7.354,  17.957, 7.369,  11.121,
    18.219, 9.657, 10.343, 8.464,  11.004, 3.62,   8.06,   15.082, 10.634, 9.279,  11.119, 11.244, 10.456,
    11.736, 5.021, 11.774, 7.979,  12.357, 9.936,  7.005,  9.784,  6.979,  13.038, 9.914,  12.559, 6.655,
    14.858, 9.097, 14.096, 12.562, 6.697,  10.969, 8.373,  11.228, 14.297, 12.066, 13.204, 6.485};
const std::vector<double> kY51 = {
    11.412, 11.877, 14.067, 8.942,  12.506, 12.088, 6.227,  7.681, 12.134, 7.27,   7.119,  13.486, 11.657,
    10.095, 11.116, 9.586,  9.189,  9.418,  11.958, 14.764, 9.388, 10.594, 10.145, 7.02,   11.556, 13.4,
    8.269,  13.299, 9.085,  14.254, 14.448, 9.651,  4.797,  9.756, 6.626,  6.856,  10.042, 14.881, 10.524,
    10.141, 5.249,  8.982,  6.615,  12.361, 9.215,  10.668, 10.75, 10.237, 13.658, 12.26,  9.841};

TEST(WilcoxonSignedRank, FiftyPairsAreTheLastExactSize) {
  const std::span<const double> x(kX51.data(), kMaxExactSignedRankPairs);
  const std::span<const double> y(kY51.data(), kMaxExactSignedRankPairs);
  const WilcoxonResult r = WilcoxonSignedRank(x, y);
  // wilcoxon(x[:50], y[:50]) -> 621.0, 0.878334307774896
  //   (method='approx' would give 0.8734489877977527)
  EXPECT_EQ(r.method, WilcoxonMethod::kExact);
  EXPECT_EQ(r.statistic, 621.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.878334307774896);
}

TEST(WilcoxonSignedRank, FiftyOnePairsUseTheNormalApproximation) {
  const WilcoxonResult r = WilcoxonSignedRank(kX51, kY51);
  // wilcoxon(x, y) -> 659.0, 0.9700912297593819
  //   (method='exact' would give 0.9740578358728138)
  EXPECT_EQ(r.method, WilcoxonMethod::kAsymptotic);
  EXPECT_EQ(r.statistic, 659.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.9700912297593819);
}

TEST(WilcoxonSignedRank, LargeSampleWithTiesAndZeros) {
  // 200 pairs of small integers: 29 zero differences, heavy ties.
  const auto [x, y] = SmallIntegerPairs();
  const WilcoxonResult r = WilcoxonSignedRank(x, y);
  // wilcoxon(xl, yl) -> 4080.5, 3.688845401336931e-07
  EXPECT_EQ(r.method, WilcoxonMethod::kAsymptotic);
  EXPECT_EQ(r.statistic, 4080.5);
  EXPECT_RELATIVE_NEAR(r.p, 3.688845401336931e-07);
}

TEST(WilcoxonSignedRank, CompleteSeparationGivesASmallPAccurately) {
  std::vector<double> x;
  for (int i = 1; i <= 80; ++i) x.push_back(i);
  const std::vector<double> zeros(x.size(), 0.0);
  const WilcoxonResult r = WilcoxonSignedRank(x, zeros);
  // wilcoxon(np.arange(1., 81.), np.zeros(80)) -> 0.0, 7.849526548031477e-15
  EXPECT_EQ(r.statistic, 0.0);
  EXPECT_RELATIVE_NEAR(r.p, 7.849526548031477e-15);
}

}  // namespace
}  // namespace tobii::stats
