#include "stats/group_comparison.h"

#include <cstddef>
#include <vector>

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
  std::vector<double> mann_whitney_p, welch_p;
  mann_whitney_p.reserve(family.size());
  welch_p.reserve(family.size());
  for (const GroupComparison& c : family) {
    mann_whitney_p.push_back(c.mann_whitney.p);
    welch_p.push_back(c.welch.p);
  }
  const std::vector<double> mann_whitney_q = BenjaminiHochberg(mann_whitney_p);
  const std::vector<double> welch_q = BenjaminiHochberg(welch_p);
  for (std::size_t i = 0; i < family.size(); ++i) {
    family[i].mann_whitney_q = mann_whitney_q[i];
    family[i].welch_q = welch_q[i];
  }
}

}  // namespace tobii::stats
