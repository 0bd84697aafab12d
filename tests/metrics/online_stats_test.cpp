#include "metrics/online_stats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace tobii::metrics {
namespace {

TEST(OnlineStats, EqualsTheTwoPassFormula) {
  std::mt19937 random(7);
  std::normal_distribution<double> values(1e6, 3.0);  // a large mean tests numerical stability
  std::vector<double> xs(10000);
  OnlineStats stats;
  for (double& x : xs) {
    x = values(random);
    stats.Add(x);
  }
  const double mean = std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
  double ss = 0;
  for (double x : xs) ss += (x - mean) * (x - mean);
  EXPECT_NEAR(stats.mean(), mean, 1e-6);
  EXPECT_NEAR(stats.variance(), ss / static_cast<double>(xs.size() - 1), 1e-6);
  EXPECT_EQ(stats.count(), 10000);
}

TEST(OnlineStats, EmptyStreamsGiveMissingValuesNotZeros) {
  OnlineStats stats;
  EXPECT_TRUE(std::isnan(stats.mean()));
  EXPECT_TRUE(std::isnan(stats.sd()));
  stats.Add(4.0);
  EXPECT_EQ(stats.mean(), 4.0);
  EXPECT_TRUE(std::isnan(stats.variance()));
  stats.Add(6.0);
  EXPECT_EQ(stats.variance(), 2.0);
}

}  // namespace
}  // namespace tobii::metrics
