#include "stats/paired_comparison.h"

#include "stats/benjamini_hochberg.h"
#include "stats/paired_differences.h"

namespace tobii::stats {

PairedComparison ComparePaired(std::span<const double> x, std::span<const double> y,
                               double confidence_level) {
  PairedComparison comparison;
  comparison.x = Describe(x, confidence_level);
  comparison.y = Describe(y, confidence_level);
  if (x.size() == y.size()) comparison.differences = Describe(PairedDifferences(x, y), confidence_level);
  comparison.wilcoxon = WilcoxonSignedRank(x, y);
  comparison.paired_t = PairedTTest(x, y);
  comparison.hedges_gz = HedgesGz(x, y, confidence_level);
  return comparison;
}

void AddQValues(std::span<PairedComparison> family) {
  AddFamilyQValues(
      family, [](const PairedComparison& c) { return c.wilcoxon.p; },
      [](PairedComparison& c) -> double& { return c.wilcoxon_q; });
  AddFamilyQValues(
      family, [](const PairedComparison& c) { return c.paired_t.p; },
      [](PairedComparison& c) -> double& { return c.paired_t_q; });
}

}  // namespace tobii::stats
