#include "stats/hedges_g.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: NumPy 1.24.2 / SciPy 1.10.1 from the formulas in hedges_g.h
// (Hedges 1981; Hedges & Olkin 1985), n1, n2 = len(x), len(y), m = n1+n2-2:
//   sp = np.sqrt(((n1-1)*np.var(x, ddof=1) + (n2-1)*np.var(y, ddof=1)) / m)
//   J  = special.gamma(m/2) / (np.sqrt(m/2) * special.gamma((m-1)/2))
//   g  = J * (x.mean() - y.mean()) / sp
//   se = np.sqrt((n1+n2)/(n1*n2) + g**2/(2*(n1+n2)))
//   z  = stats.norm.ppf((1+level)/2); ci = (g - z*se, g + z*se)

TEST(HedgesG, UnequalGroupsMatchTheFormula) {
  const std::vector<double> x = {20.1, 22.3, 19.8, 25.6, 21.0, 23.4};
  const std::vector<double> y = {30.2, 18.5, 27.9, 35.1, 22.2, 29.9, 40.3, 26.6, 31.0};
  const HedgesGResult r = HedgesG(x, y);
  // numpy: J=0.9409824674711481 g=-1.261384109053092 se=0.5751644171859324
  //   ci=(-2.38868565192649, -0.13408256617969405)
  EXPECT_RELATIVE_NEAR(r.g, -1.261384109053092);
  EXPECT_RELATIVE_NEAR(r.se, 0.5751644171859324);
  EXPECT_RELATIVE_NEAR(r.ci_low, -2.38868565192649);
  EXPECT_RELATIVE_NEAR(r.ci_high, -0.13408256617969405);
}

TEST(HedgesG, SmallestGroupsUseTheExactCorrection) {
  // m = 2: J = Γ(1) / (1 · Γ(1/2)) = 1/√π = 0.5641895835477563; the
  // approximation 1 − 3/(4m − 1) would give 0.571.
  const std::vector<double> x = {1.0, 2.0}, y = {3.0, 5.0};
  const HedgesGResult r = HedgesG(x, y);
  // numpy: g=-1.26156626101008 se=1.0949628664319484 ci=(-3.4076540436254406, 0.8845215216052806)
  EXPECT_RELATIVE_NEAR(r.g, -1.26156626101008);
  EXPECT_RELATIVE_NEAR(r.se, 1.0949628664319484);
  EXPECT_RELATIVE_NEAR(r.ci_low, -3.4076540436254406);
  EXPECT_RELATIVE_NEAR(r.ci_high, 0.8845215216052806);
}

TEST(HedgesG, OtherConfidenceLevelsAndOneConstantGroup) {
  const std::vector<double> x = {5.0, 5.0, 5.0}, y = {1.0, 2.0, 4.0, 7.0};
  const HedgesGResult r = HedgesG(x, y, 0.90);
  // numpy (level 0.90): J=0.8407486824596893 g=0.6153650254078453 se=0.7812691497612745
  //   ci=(-0.6697083692022798, 1.9004384200179705)
  EXPECT_RELATIVE_NEAR(r.g, 0.6153650254078453);
  EXPECT_RELATIVE_NEAR(r.se, 0.7812691497612745);
  EXPECT_RELATIVE_NEAR(r.ci_low, -0.6697083692022798);
  EXPECT_RELATIVE_NEAR(r.ci_high, 1.9004384200179705);
}

TEST(HedgesG, LargeGroupsDoNotOverflowTheGammaFunction) {
  // m = 998: special.gamma(499) is inf, so the reference takes J through
  // log-gamma: J = np.exp(special.gammaln(m/2) - special.gammaln((m-1)/2)) / np.sqrt(m/2)
  //   -> 0.9992482772956693 (1 - 3/(4m - 1) = 0.9992483086945627).
  std::vector<double> x, y;
  for (int i = 0; i < 500; ++i) {
    x.push_back(i % 7);
    y.push_back(i % 5);
  }
  const HedgesGResult r = HedgesG(x, y);
  // numpy, x = [i % 7 for i in range(500)], y = [i % 5 ...]: g=0.5692401017522616
  //   se=0.06451369735739429 ci=(0.4427955784222519, 0.6956846250822712)
  EXPECT_RELATIVE_NEAR(r.g, 0.5692401017522616);
  EXPECT_RELATIVE_NEAR(r.se, 0.06451369735739429);
  EXPECT_RELATIVE_NEAR(r.ci_low, 0.4427955784222519);
  EXPECT_RELATIVE_NEAR(r.ci_high, 0.6956846250822712);
}

TEST(HedgesG, UndefinedWithoutSpreadOrWithAGroupOfOne) {
  const std::vector<double> constant_x = {1.0, 1.0}, constant_y = {2.0, 2.0, 2.0};
  const std::vector<double> one = {1.0}, some = {2.0, 3.0, 5.0};
  for (const HedgesGResult& r : {HedgesG(constant_x, constant_y), HedgesG(one, some), HedgesG(some, {})}) {
    EXPECT_TRUE(std::isnan(r.g));
    EXPECT_TRUE(std::isnan(r.se));
    EXPECT_TRUE(std::isnan(r.ci_low));
    EXPECT_TRUE(std::isnan(r.ci_high));
  }
}

TEST(HedgesG, ConfidenceLevelOutsideTheUnitIntervalLeavesOnlyTheIntervalNaN) {
  const std::vector<double> x = {1.0, 2.0}, y = {3.0, 5.0};
  const HedgesGResult r = HedgesG(x, y, 1.0);
  EXPECT_RELATIVE_NEAR(r.g, -1.26156626101008);
  EXPECT_TRUE(std::isnan(r.ci_low));
  EXPECT_TRUE(std::isnan(r.ci_high));
}

TEST(HedgesCorrection, ExactValuesAndTheUsualApproximation) {
  // J(2) = Γ(1) / (1 · Γ(1/2)) = 1/√π.
  EXPECT_RELATIVE_NEAR(HedgesCorrection(2), 0.5641895835477563);
  // J(8): special.gamma(4) / (np.sqrt(4) * special.gamma(3.5)) -> 0.90270333367641
  EXPECT_RELATIVE_NEAR(HedgesCorrection(8), 0.90270333367641);
  // Large df, where Γ overflows: through log-gamma,
  // np.exp(special.gammaln(2500) - special.gammaln(4999/2)) / np.sqrt(2500) -> 0.9998499912478347
  // (1 − 3/(4df − 1) = 0.999849992499625, 1.3e-9 off)
  EXPECT_RELATIVE_NEAR(HedgesCorrection(5000), 0.9998499912478347);
}

}  // namespace
}  // namespace tobii::stats
