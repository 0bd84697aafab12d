#include "stats/descriptive.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: NumPy 1.24.2 / SciPy 1.10.1,
//   np.mean(a), np.std(a, ddof=1), np.median(a),
//   np.percentile(a, [25, 75]) (default method 'linear'),
//   scipy.stats.t.interval(0.95, n - 1, loc=mean, scale=sd / np.sqrt(n)).

TEST(Describe, OddCountMatchesNumpy) {
  const std::vector<double> values = {2.5, 1.0, 4.0, 3.5, 10.0};  // unsorted on purpose
  const Descriptive d = Describe(values);
  EXPECT_EQ(d.n, 5u);
  // numpy: mean=4.2 sd=3.43874977280988 median=3.5 q1=2.5 q3=4.0 iqr=1.5
  // scipy: ci=(-0.0697717917294094, 8.46977179172941)
  EXPECT_RELATIVE_NEAR(d.mean, 4.2);
  EXPECT_RELATIVE_NEAR(d.sd, 3.43874977280988);
  EXPECT_EQ(d.median, 3.5);
  EXPECT_EQ(d.q1, 2.5);
  EXPECT_EQ(d.q3, 4.0);
  EXPECT_EQ(d.iqr, 1.5);
  EXPECT_RELATIVE_NEAR(d.ci_low, -0.0697717917294094);
  EXPECT_RELATIVE_NEAR(d.ci_high, 8.46977179172941);
}

TEST(Describe, EvenCountInterpolatesQuartilesAndAveragesTheMiddlePair) {
  const std::vector<double> values = {13.0, 2.0, 8.0, 1.0, 5.0, 3.0, 6.0, 4.0};
  const Descriptive d = Describe(values);
  EXPECT_EQ(d.n, 8u);
  // numpy: mean=5.25 sd=3.8452196667699345 median=4.5 q1=2.75 q3=6.5 iqr=3.75
  // scipy: ci=(2.035315911110191, 8.46468408888981), but there its
  // t.ppf(0.975, 7) = 2.3646242510102993 is 2.5e-10 low (Cephes stdtrit; see
  // TIntervalUsesAnAccurateQuantile). With the accurate 2.364624251592785:
  // numpy: 5.25 -/+ 2.364624251592785 * sd / np.sqrt(8) -> (2.035315910318307, 8.464684089681693)
  EXPECT_RELATIVE_NEAR(d.mean, 5.25);
  EXPECT_RELATIVE_NEAR(d.sd, 3.8452196667699345);
  EXPECT_EQ(d.median, 4.5);
  EXPECT_EQ(d.q1, 2.75);  // index 1.75 between 2 and 3
  EXPECT_EQ(d.q3, 6.5);   // index 5.25 between 6 and 8
  EXPECT_EQ(d.iqr, 3.75);
  EXPECT_RELATIVE_NEAR(d.ci_low, 2.035315910318307);
  EXPECT_RELATIVE_NEAR(d.ci_high, 8.464684089681693);
}

TEST(Describe, TwoValuesAreBitIdenticalToNumpyPercentile) {
  const std::vector<double> values = {0.1, 0.2};
  const Descriptive d = Describe(values);
  // numpy: mean=0.15000000000000002 sd=0.07071067811865477
  //   median=0.15000000000000002 q1=0.125 q3=0.17500000000000002
  //   iqr=0.05000000000000002
  // scipy: ci=(-0.4853102368216048, 0.7853102368216048)
  EXPECT_EQ(d.median, 0.15000000000000002);
  EXPECT_EQ(d.q1, 0.125);
  EXPECT_EQ(d.q3, 0.17500000000000002);
  EXPECT_EQ(d.iqr, 0.05000000000000002);
  EXPECT_RELATIVE_NEAR(d.sd, 0.07071067811865477);
  EXPECT_RELATIVE_NEAR(d.ci_low, -0.4853102368216048);
  EXPECT_RELATIVE_NEAR(d.ci_high, 0.7853102368216048);
}

TEST(Describe, TIntervalUsesAnAccurateQuantile) {
  // t(0.975, 7) = 2.364624251592785: the t CDF for odd df in closed form
  // (Abramowitz & Stegun 1964, 26.7.3), with θ = atan(t/√7),
  //   F(t) = 1/2 + (θ + sinθ·cosθ·(1 + (2/3)cos²θ + (8/15)cos⁴θ)) / π,
  // evaluated in double gives F − 0.975 = 0 here and −2.1e-11 at SciPy
  // 1.10.1's t.ppf(0.975, 7) = 2.3646242510102993.
  const std::vector<double> values = {-1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 1.0};  // sd = √(8/7)
  const Descriptive d = Describe(values);
  const double standard_error = std::sqrt(8.0 / 7.0) / std::sqrt(8.0);
  EXPECT_NEAR(d.ci_high / standard_error, 2.364624251592785, 1e-14);
  EXPECT_NEAR(d.ci_low / standard_error, -2.364624251592785, 1e-14);
}

TEST(Describe, OtherConfidenceLevelsUseTheirTQuantile) {
  const std::vector<double> values = {13.0, 2.0, 8.0, 1.0, 5.0, 3.0, 6.0, 4.0};
  const Descriptive d = Describe(values, 0.99);
  // scipy.stats.t.interval(0.99, 7, loc=5.25, scale=3.8452196667699345/np.sqrt(8))
  //   -> (0.49248587464930527, 10.007514125350696)
  EXPECT_RELATIVE_NEAR(d.ci_low, 0.49248587464930527);
  EXPECT_RELATIVE_NEAR(d.ci_high, 10.007514125350696);
}

TEST(Describe, EmptyGroupIsAllNaN) {
  const Descriptive d = Describe({});
  EXPECT_EQ(d.n, 0u);
  for (double v : {d.mean, d.sd, d.median, d.q1, d.q3, d.iqr, d.ci_low, d.ci_high})
    EXPECT_TRUE(std::isnan(v));
}

TEST(Describe, OneValueHasNoSpreadOrInterval) {
  const std::vector<double> values = {7.25};
  const Descriptive d = Describe(values);
  // numpy: mean=7.25 sd=nan median=7.25 q1=7.25 q3=7.25 iqr=0.0
  EXPECT_EQ(d.n, 1u);
  EXPECT_EQ(d.mean, 7.25);
  EXPECT_EQ(d.median, 7.25);
  EXPECT_EQ(d.q1, 7.25);
  EXPECT_EQ(d.q3, 7.25);
  EXPECT_EQ(d.iqr, 0.0);
  EXPECT_TRUE(std::isnan(d.sd));
  EXPECT_TRUE(std::isnan(d.ci_low));
  EXPECT_TRUE(std::isnan(d.ci_high));
}

TEST(Describe, EqualValuesGiveAZeroWidthInterval) {
  // The formula mean ± t·0/√n; SciPy's t.interval answers NaN here only
  // because it rejects scale = 0.
  const std::vector<double> values = {3.0, 3.0, 3.0};
  const Descriptive d = Describe(values);
  EXPECT_EQ(d.sd, 0.0);
  EXPECT_EQ(d.ci_low, 3.0);
  EXPECT_EQ(d.ci_high, 3.0);
}

TEST(Describe, ConfidenceLevelOutsideTheUnitIntervalGivesNaNInterval) {
  const std::vector<double> values = {1.0, 2.0, 4.0};
  for (double level : {0.0, 1.0, -0.5, 95.0, std::numeric_limits<double>::quiet_NaN()}) {
    const Descriptive d = Describe(values, level);
    EXPECT_TRUE(std::isnan(d.ci_low)) << level;
    EXPECT_TRUE(std::isnan(d.ci_high)) << level;
    EXPECT_RELATIVE_NEAR(d.mean, 7.0 / 3);
  }
}

TEST(Describe, NonFiniteValueGivesNaNNotUndefinedBehaviour) {
  const std::vector<double> values = {1.0, std::numeric_limits<double>::quiet_NaN(), 3.0};
  const Descriptive d = Describe(values);
  EXPECT_EQ(d.n, 3u);
  EXPECT_TRUE(std::isnan(d.mean));
  EXPECT_TRUE(std::isnan(d.median));
}

}  // namespace
}  // namespace tobii::stats
