#include "stats/welch.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: SciPy 1.10.1, scipy.stats.ttest_ind(x, y, equal_var=False);
// df from NumPy with SciPy's formula (_unequal_var_ttest_denom):
//   v = np.var(a, ddof=1) / len(a); (vx + vy)**2 / (vx**2/(nx-1) + vy**2/(ny-1)).

TEST(WelchTTest, UnequalSizesAndVariancesMatchScipy) {
  const std::vector<double> x = {20.1, 22.3, 19.8, 25.6, 21.0, 23.4};
  const std::vector<double> y = {30.2, 18.5, 27.9, 35.1, 22.2, 29.9, 40.3, 26.6, 31.0};
  const WelchResult r = WelchTTest(x, y);
  // scipy 1.10.1: ttest_ind(x, y, equal_var=False) -> t=-3.0142702664504277, p=0.012320449945789137
  // numpy: df=10.53424878367589
  EXPECT_RELATIVE_NEAR(r.t, -3.0142702664504277);
  EXPECT_RELATIVE_NEAR(r.df, 10.53424878367589);
  EXPECT_RELATIVE_NEAR(r.p, 0.012320449945789137);
}

TEST(WelchTTest, SwappingTheGroupsFlipsTheSignOnly) {
  const std::vector<double> x = {20.1, 22.3, 19.8, 25.6, 21.0, 23.4};
  const std::vector<double> y = {30.2, 18.5, 27.9, 35.1, 22.2, 29.9, 40.3, 26.6, 31.0};
  const WelchResult r = WelchTTest(y, x);
  EXPECT_RELATIVE_NEAR(r.t, 3.0142702664504277);
  EXPECT_RELATIVE_NEAR(r.p, 0.012320449945789137);
}

TEST(WelchTTest, OneGroupWithoutVarianceIsStillATest) {
  const std::vector<double> x = {5.0, 5.0, 5.0}, y = {1.0, 2.0, 4.0, 7.0};
  const WelchResult r = WelchTTest(x, y);
  // scipy 1.10.1: ttest_ind([5.,5.,5.],[1.,2.,4.,7.], equal_var=False)
  //   -> t=1.1338934190276817, p=0.3392540508564543; df=3.0 (= n_y − 1)
  EXPECT_RELATIVE_NEAR(r.t, 1.1338934190276817);
  EXPECT_RELATIVE_NEAR(r.df, 3.0);
  EXPECT_RELATIVE_NEAR(r.p, 0.3392540508564543);
}

TEST(WelchTTest, LargeSeparationGivesATinyPAccurately) {
  std::vector<double> x, y;
  for (int i = 1; i <= 40; ++i) x.push_back(i);
  for (int i = 41; i <= 80; ++i) y.push_back(i);
  const WelchResult r = WelchTTest(x, y);
  // scipy 1.10.1: ttest_ind(np.arange(1., 41.), np.arange(41., 81.), equal_var=False)
  //   -> t=-15.301841113520119, p=3.3640586136576263e-25
  EXPECT_RELATIVE_NEAR(r.t, -15.301841113520119);
  EXPECT_RELATIVE_NEAR(r.df, 78.0);  // equal n and variance: n_x + n_y − 2
  // The far tail: Boost and Cephes agree to ~1e-13 here, not to 1e-15.
  EXPECT_NEAR(r.p, 3.3640586136576263e-25, 1e-9 * 3.3640586136576263e-25);
}

TEST(WelchTTest, BothGroupsWithoutVarianceIsUndefined) {
  // scipy 1.10.1: ttest_ind([1.,1.],[2.,2.,2.], equal_var=False) -> t=-inf, p=0.0 (df set to 1);
  // we return NaN: a standard error of 0 supports no test (welch.h).
  const std::vector<double> x = {1.0, 1.0}, y = {2.0, 2.0, 2.0};
  const WelchResult r = WelchTTest(x, y);
  EXPECT_TRUE(std::isnan(r.t));
  EXPECT_TRUE(std::isnan(r.df));
  EXPECT_TRUE(std::isnan(r.p));
}

TEST(WelchTTest, AGroupOfOneIsUndefined) {
  // scipy 1.10.1: ttest_ind([1.],[2.,3.,2.], equal_var=False) -> t=nan, p=nan
  const std::vector<double> x = {1.0}, y = {2.0, 3.0, 2.0};
  for (const WelchResult& r : {WelchTTest(x, y), WelchTTest(y, x), WelchTTest({}, y)}) {
    EXPECT_TRUE(std::isnan(r.t));
    EXPECT_TRUE(std::isnan(r.df));
    EXPECT_TRUE(std::isnan(r.p));
  }
}

TEST(WelchTTest, NonFiniteValueIsUndefined) {
  const std::vector<double> x = {1.0, std::numeric_limits<double>::quiet_NaN()}, y = {2.0, 3.0};
  EXPECT_TRUE(std::isnan(WelchTTest(x, y).p));
}

}  // namespace
}  // namespace tobii::stats
