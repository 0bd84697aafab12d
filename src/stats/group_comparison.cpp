#include "stats/group_comparison.h"

#include "stats/benjamini_hochberg.h"

namespace tobii::stats {

GroupComparison CompareGroups(std::span<const double> x, std::span<const double> y, double confidence_level) {
  GroupComparison comparison;
  comparison.x = Describe(x, confidence_level);
  comparison.y = Describe(y, confidence_level);
  comparison.mann_whitney = MannWhitneyU(x, y);
  comparison.welch = WelchTTest(x, y);
  comparison.hedges_g = HedgesG(x, y, confidence_level);
  return comparison;
}

void AddQValues(std::span<GroupComparison> family) {
  AddFamilyQValues(
      family, [](const GroupComparison& c) { return c.mann_whitney.p; },
      [](GroupComparison& c) -> double& { return c.mann_whitney_q; });
  AddFamilyQValues(
      family, [](const GroupComparison& c) { return c.welch.p; },
      [](GroupComparison& c) -> double& { return c.welch_q; });
}

}  // namespace tobii::stats
