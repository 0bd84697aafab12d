#include "stats/ranks.h"

#include <gtest/gtest.h>

#include <vector>

namespace tobii::stats {
namespace {

TEST(AverageRanks, TiedValuesShareTheMeanRank) {
  const std::vector<double> values = {1, 2, 2, 3, 5, 2, 3, 3, 4, 6, 6};
  const Ranking ranking = AverageRanks(values);
  // scipy 1.10.1: rankdata([1,2,2,3,5,2,3,3,4,6,6])
  //   -> [1.0, 3.0, 3.0, 6.0, 9.0, 3.0, 6.0, 6.0, 8.0, 10.5, 10.5]
  EXPECT_EQ(ranking.ranks, (std::vector<double>{1.0, 3.0, 3.0, 6.0, 9.0, 3.0, 6.0, 6.0, 8.0, 10.5, 10.5}));
  // numpy: _, t = np.unique(values, return_counts=True); (t**3 - t).sum() -> 54
  EXPECT_EQ(ranking.tie_term, 54.0);
}

TEST(AverageRanks, DistinctValuesHaveNoTieTerm) {
  const std::vector<double> values = {0.5, -1.0, 3.0};
  const Ranking ranking = AverageRanks(values);
  EXPECT_EQ(ranking.ranks, (std::vector<double>{2.0, 1.0, 3.0}));
  EXPECT_EQ(ranking.tie_term, 0.0);
}

TEST(AverageRanks, EmptyInputGivesNoRanks) {
  const Ranking ranking = AverageRanks({});
  EXPECT_TRUE(ranking.ranks.empty());
  EXPECT_EQ(ranking.tie_term, 0.0);
}

}  // namespace
}  // namespace tobii::stats
