#include "stats/mann_whitney_null.h"

#include <gtest/gtest.h>

#include <cmath>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: SciPy 1.10.1's own null distribution,
//   scipy.stats._mannwhitneyu._mwu_state.sf(np.array(u), m, n)  (= P(U >= u)).

TEST(MannWhitneyUpperTail, MatchesScipyForSmallGroups) {
  EXPECT_RELATIVE_NEAR(MannWhitneyUpperTail(12, 3, 4), 0.02857142857142857);  // 1/35
  EXPECT_RELATIVE_NEAR(MannWhitneyUpperTail(6, 3, 4), 0.5714285714285714);
  EXPECT_EQ(MannWhitneyUpperTail(0, 3, 4), 1.0);
  EXPECT_RELATIVE_NEAR(MannWhitneyUpperTail(1, 1, 1), 0.5);
  EXPECT_RELATIVE_NEAR(MannWhitneyUpperTail(70, 9, 9), 0.0038872891814068283);
}

TEST(MannWhitneyUpperTail, MatchesScipyWhenOneGroupIsLarge) {
  EXPECT_RELATIVE_NEAR(MannWhitneyUpperTail(134, 8, 30), 0.31761022300820574);
  EXPECT_RELATIVE_NEAR(MannWhitneyUpperTail(200, 8, 30), 0.0014881554879557478);
}

TEST(MannWhitneyUpperTail, IsSymmetricInTheGroupSizes) {
  // scipy: _mwu_state.sf(np.array(200), 30, 8) -> 0.0014881554879557478
  EXPECT_RELATIVE_NEAR(MannWhitneyUpperTail(200, 30, 8), 0.0014881554879557478);
}

TEST(MannWhitneyUpperTail, BeyondTheSupportIsZeroOrOne) {
  EXPECT_EQ(MannWhitneyUpperTail(13, 3, 4), 0.0);  // U never exceeds m·n = 12
  EXPECT_EQ(MannWhitneyUpperTail(-1, 3, 4), 1.0);
  EXPECT_TRUE(std::isnan(MannWhitneyUpperTail(0, 0, 4)));
}

}  // namespace
}  // namespace tobii::stats
