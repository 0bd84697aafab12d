#include "stats/wilcoxon_signed_rank_null.h"

#include <gtest/gtest.h>

#include <cmath>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: SciPy 1.10.1's exact distribution of R+,
//   from scipy.stats._hypotests import _get_wilcoxon_distr
//   np.sum(_get_wilcoxon_distr(n)[:r + 1])   (P(R+ <= r))

TEST(SignedRankLowerTail, SmallNByHand) {
  // n = 1: R+ is 0 or 1, each with probability 1/2.
  EXPECT_EQ(SignedRankLowerTail(0, 1), 0.5);
  EXPECT_EQ(SignedRankLowerTail(1, 1), 1.0);
  // n = 3: of the 8 sign patterns, R+ = 0 {}, 1 {1}, 2 {2}: 3/8.
  EXPECT_EQ(SignedRankLowerTail(2, 3), 0.375);
}

TEST(SignedRankLowerTail, MatchesSciPysDistribution) {
  // np.sum(_get_wilcoxon_distr(10)[:8 + 1]) -> 0.0244140625
  EXPECT_EQ(SignedRankLowerTail(8, 10), 0.0244140625);
  // np.sum(_get_wilcoxon_distr(10)[:27 + 1]) -> 0.5 (below the centre 27.5)
  EXPECT_EQ(SignedRankLowerTail(27, 10), 0.5);
  // np.sum(_get_wilcoxon_distr(20)[:60 + 1]) -> 0.048653602600097656
  EXPECT_RELATIVE_NEAR(SignedRankLowerTail(60, 20), 0.048653602600097656);
  // np.sum(_get_wilcoxon_distr(50)[:400 + 1]) -> 0.010611835818424176
  EXPECT_RELATIVE_NEAR(SignedRankLowerTail(400, 50), 0.010611835818424176);
  // np.sum(_get_wilcoxon_distr(50)[:637 + 1]) -> 0.5
  EXPECT_EQ(SignedRankLowerTail(637, 50), 0.5);
}

TEST(SignedRankLowerTail, OutsideTheSupport) {
  EXPECT_EQ(SignedRankLowerTail(-1, 5), 0.0);
  EXPECT_EQ(SignedRankLowerTail(15, 5), 1.0);  // n(n + 1)/2 = 15
  EXPECT_EQ(SignedRankLowerTail(0, 0), 1.0);   // no pairs: R+ = 0
}

TEST(SignedRankLowerTail, TooLargeForExactCountsIsNaN) {
  EXPECT_FALSE(std::isnan(SignedRankLowerTail(10, kMaxSignedRankNullSize)));
  EXPECT_TRUE(std::isnan(SignedRankLowerTail(10, kMaxSignedRankNullSize + 1)));
}

}  // namespace
}  // namespace tobii::stats
