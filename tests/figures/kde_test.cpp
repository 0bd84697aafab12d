#include "figures/kde.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace tobii::figures {
namespace {

TEST(ScottBandwidth, SampleSdTimesNToTheMinusOneFifth) {
  // {0, 1, 2}: SD 1, so h = 3^(-1/5).
  EXPECT_DOUBLE_EQ(ScottBandwidth(std::vector<double>{0, 1, 2}), 0.8027415617602307);
  // {2, 4, 4, 4, 5, 5, 7, 9}: SD sqrt(32 / 7).
  EXPECT_DOUBLE_EQ(ScottBandwidth(std::vector<double>{2, 4, 4, 4, 5, 5, 7, 9}),
                   std::sqrt(32.0 / 7.0) * std::pow(8.0, -0.2));
}

TEST(ScottBandwidth, NoSpreadNoBandwidth) {
  EXPECT_TRUE(std::isnan(ScottBandwidth(std::vector<double>{})));
  EXPECT_TRUE(std::isnan(ScottBandwidth(std::vector<double>{3})));
  EXPECT_TRUE(std::isnan(ScottBandwidth(std::vector<double>{3, 3, 3})));
}

TEST(KernelDensity, MatchesTheHandComputedSum) {
  // h = 0.8027415617602307; at 0: (1 + exp(-1 / (2h²)) + exp(-4 / (2h²))) / (3h√(2π))
  // = (1 + 0.46027884565105864 + 0.04488322563868336) · 0.16565824727227796
  // = 0.24934251059057017 (math.exp in Python).
  const std::vector<double> values = {0, 1, 2};
  const double h = ScottBandwidth(values);
  EXPECT_NEAR(KernelDensity(values, h, 0), 0.24934251059057017, 1e-15);
  EXPECT_NEAR(KernelDensity(values, h, 1), 0.31815622092640145, 1e-15);
  EXPECT_NEAR(KernelDensity(values, h, 0.5), 0.3018042047796722, 1e-15);
}

TEST(GaussianKde, IntegratesToOne) {
  std::vector<double> values;
  for (int i = 0; i < 40; ++i) values.push_back(250 + 60 * std::sin(i * 1.7) + 0.5 * i);
  const Density d = GaussianKde(values, 512, 5.0);  // 5 bandwidths: the tails beyond hold < 1e-6
  ASSERT_EQ(d.x.size(), 512u);
  double integral = 0;  // trapezoids
  for (std::size_t i = 1; i < d.x.size(); ++i) {
    integral += (d.x[i] - d.x[i - 1]) * (d.density[i] + d.density[i - 1]) / 2;
  }
  EXPECT_NEAR(integral, 1.0, 1e-4);
}

TEST(GaussianKde, GridRunsCutBandwidthsBeyondTheData) {
  const std::vector<double> values = {0, 1, 2};
  const Density d = GaussianKde(values, 9, 2.0);
  ASSERT_EQ(d.x.size(), 9u);
  EXPECT_DOUBLE_EQ(d.bandwidth, 0.8027415617602307);
  EXPECT_DOUBLE_EQ(d.x.front(), -2 * d.bandwidth);
  EXPECT_NEAR(d.x.back(), 2 + 2 * d.bandwidth, 1e-12);
  EXPECT_NEAR(d.x[4], 1.0, 1e-12);  // the middle point
  EXPECT_NEAR(d.density[4], 0.31815622092640145, 1e-12);
}

TEST(GaussianKde, NoSpreadGivesNoDensity) {
  const Density d = GaussianKde(std::vector<double>{4, 4});
  EXPECT_TRUE(d.x.empty());
  EXPECT_TRUE(d.density.empty());
}

}  // namespace
}  // namespace tobii::figures
