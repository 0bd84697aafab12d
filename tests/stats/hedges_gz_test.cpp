#include "stats/hedges_gz.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "stats/paired_samples.h"
#include "stats/relative_near.h"

namespace tobii::stats {
namespace {

// References: NumPy 1.24.2 / SciPy 1.10.1 from the formulas in hedges_gz.h,
// d = np.asarray(x) - np.asarray(y), n = len(d):
//   dz = d.mean() / d.std(ddof=1)
//   J  = special.gamma((n-1)/2) / (np.sqrt((n-1)/2) * special.gamma((n-2)/2))
//   g  = J * dz; se = np.sqrt(1/n + g**2/(2*n))
//   z  = stats.norm.ppf((1+level)/2); ci = (g - z*se, g + z*se)

void ExpectUndefined(const HedgesGResult& r) {
  EXPECT_TRUE(std::isnan(r.g));
  EXPECT_TRUE(std::isnan(r.se));
  EXPECT_TRUE(std::isnan(r.ci_low));
  EXPECT_TRUE(std::isnan(r.ci_high));
}

TEST(HedgesGz, ThreePairsByHand) {
  // d = [1, 2, 3]: mean 2, sd 1, d_z = 2; J(2) = Γ(1) / (1 · Γ(1/2)) = 1/√π,
  // so g_z = 2/√π and SE = √(1/3 + g_z²/6).
  const HedgesGResult r = HedgesGz(std::vector<double>{1, 2, 3}, std::vector<double>{0, 0, 0});
  const double g = 2 / std::sqrt(std::numbers::pi);
  EXPECT_RELATIVE_NEAR(r.g, g);
  EXPECT_RELATIVE_NEAR(r.se, std::sqrt(1.0 / 3 + g * g / 6));
  // numpy: g=1.1283791670955126 se=0.7386067452457546 ci=(-0.31926345232451725, 2.5760217865155424)
  EXPECT_RELATIVE_NEAR(r.g, 1.1283791670955126);
  EXPECT_RELATIVE_NEAR(r.ci_low, -0.31926345232451725);
  EXPECT_RELATIVE_NEAR(r.ci_high, 2.5760217865155424);
}

TEST(HedgesGz, MatchesTheFormula) {
  const std::vector<double>& x = kNinePairsA;
  const std::vector<double>& y = kNinePairsB;
  // numpy: dz=1.0117918052161972 J=0.90270333367641 g=0.913347835555134 se=0.3968069967960388
  //   ci=(0.13562041302139727, 1.6910752580888708); level 0.90: ci=(0.26065840767544834, 1.5660372634348196)
  const HedgesGResult r = HedgesGz(x, y);
  EXPECT_RELATIVE_NEAR(r.g, 0.913347835555134);
  EXPECT_RELATIVE_NEAR(r.se, 0.3968069967960388);
  EXPECT_RELATIVE_NEAR(r.ci_low, 0.13562041302139727);
  EXPECT_RELATIVE_NEAR(r.ci_high, 1.6910752580888708);
  const HedgesGResult r90 = HedgesGz(x, y, 0.90);
  EXPECT_RELATIVE_NEAR(r90.ci_low, 0.26065840767544834);
  EXPECT_RELATIVE_NEAR(r90.ci_high, 1.5660372634348196);
  // x − y: swapping the conditions flips the sign.
  EXPECT_RELATIVE_NEAR(HedgesGz(y, x).g, -0.913347835555134);
}

TEST(HedgesGz, LargeSample) {
  const auto [x, y] = SmallIntegerPairs();
  // numpy: dz=0.3966958343780019 J=0.9962256230248173 g=0.39519855475457466 se=0.07341971631789557
  //   ci=(0.2512985550163517, 0.5390985544927976)
  const HedgesGResult r = HedgesGz(x, y);
  EXPECT_RELATIVE_NEAR(r.g, 0.39519855475457466);
  EXPECT_RELATIVE_NEAR(r.se, 0.07341971631789557);
  EXPECT_RELATIVE_NEAR(r.ci_low, 0.2512985550163517);
  EXPECT_RELATIVE_NEAR(r.ci_high, 0.5390985544927976);
}

TEST(HedgesGz, UndefinedWithFewerThanThreePairs) {
  // Two pairs: J(1) = 0 would report g_z = 0 whatever the data.
  ExpectUndefined(HedgesGz(std::vector<double>{1, 2}, std::vector<double>{0.5, 0}));
  ExpectUndefined(HedgesGz(std::vector<double>{1}, std::vector<double>{0}));
  ExpectUndefined(HedgesGz({}, {}));
}

TEST(HedgesGz, UndefinedWithoutSpreadUnequalLengthsOrNonFiniteValues) {
  ExpectUndefined(HedgesGz(std::vector<double>{1, 2, 3}, std::vector<double>{0, 1, 2}));  // d all 1
  ExpectUndefined(HedgesGz(std::vector<double>{1, 2, 3}, std::vector<double>{0, 1}));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  ExpectUndefined(HedgesGz(std::vector<double>{1, 2, nan}, std::vector<double>{0, 0, 0}));
}

TEST(HedgesGz, ConfidenceLevelOutsideTheUnitIntervalLeavesOnlyTheIntervalNaN) {
  const HedgesGResult r = HedgesGz(std::vector<double>{1, 2, 3}, std::vector<double>{0, 0, 0}, 0.0);
  EXPECT_RELATIVE_NEAR(r.g, 1.1283791670955126);
  EXPECT_TRUE(std::isnan(r.ci_low));
  EXPECT_TRUE(std::isnan(r.ci_high));
}

}  // namespace
}  // namespace tobii::stats
