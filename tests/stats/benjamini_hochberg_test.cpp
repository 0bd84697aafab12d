#include "stats/benjamini_hochberg.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// References: NumPy 1.24.2, statsmodels' fdrcorrection step by step on the
// non-NaN p-values (statsmodels itself is not installed here):
//   ok = ~np.isnan(p); s = np.sort(p[ok]); m = len(s)
//   q = np.minimum.accumulate((s / (np.arange(1, m+1) / m))[::-1])[::-1]; q[q > 1] = 1
// then scattered back to the input order, NaN where p is NaN.

TEST(BenjaminiHochberg, UnsortedPValuesWithNaNMatchStatsmodels) {
  const std::vector<double> p = {0.04, kNaN, 0.01, 0.03, 0.20, 0.005, kNaN, 0.04, 0.9};
  const std::vector<double> q = BenjaminiHochberg(p);
  // numpy (m = 7): [0.056, nan, 0.035, 0.056, 0.23333333333333336, 0.035, nan, 0.056, 0.9]
  // (p·m/rank instead of p/(rank/m) gives 0.05600000000000001 for the 0.056s)
  const std::vector<double> expected = {0.056, kNaN, 0.035, 0.056, 0.23333333333333336,
                                        0.035, kNaN, 0.056, 0.9};
  ASSERT_EQ(q.size(), expected.size());
  for (std::size_t i = 0; i < q.size(); ++i) {
    if (std::isnan(expected[i])) {
      EXPECT_TRUE(std::isnan(q[i])) << i;
    } else {
      EXPECT_RELATIVE_NEAR(q[i], expected[i]) << i;
    }
  }
}

TEST(BenjaminiHochberg, LargerPValuesLowerTheQOfSmallerOnes) {
  // The cumulative minimum: 0.5·3/1 = 1.5 and 0.8·3/2 = 1.2 both fall to 0.9.
  const std::vector<double> p = {0.5, 0.9, 0.8};
  // numpy: [0.9, 0.9, 0.9]
  EXPECT_EQ(BenjaminiHochberg(p), (std::vector<double>{0.9, 0.9, 0.9}));
}

TEST(BenjaminiHochberg, OnePValueIsItsOwnQValue) {
  const std::vector<double> p = {kNaN, 0.0123, kNaN};
  const std::vector<double> q = BenjaminiHochberg(p);
  EXPECT_TRUE(std::isnan(q[0]));
  EXPECT_EQ(q[1], 0.0123);
  EXPECT_TRUE(std::isnan(q[2]));
}

TEST(BenjaminiHochberg, EmptyAndAllNaNListsGiveNoNumbers) {
  EXPECT_TRUE(BenjaminiHochberg({}).empty());
  const std::vector<double> p = {kNaN, kNaN};
  for (double q : BenjaminiHochberg(p)) EXPECT_TRUE(std::isnan(q));
}

}  // namespace
}  // namespace tobii::stats
