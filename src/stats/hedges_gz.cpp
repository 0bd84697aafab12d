#include "stats/hedges_gz.h"

#include <cmath>
#include <cstddef>
#include <vector>

#include "stats/paired_differences.h"
#include "stats/sample_moments.h"

namespace tobii::stats {
namespace {

// J(n − 1) needs n − 1 >= 2 (hedges_g.h).
constexpr std::size_t kMinPairs = 3;

}  // namespace

HedgesGResult HedgesGz(std::span<const double> x, std::span<const double> y, double confidence_level) {
  if (x.size() < kMinPairs || x.size() != y.size()) return {};
  const std::vector<double> differences = PairedDifferences(x, y);
  if (!AllFinite(differences)) return {};

  const double n = static_cast<double>(differences.size());
  const double variance = SampleVariance(differences);
  if (variance == 0) return {};
  const double g = HedgesCorrection(n - 1) * Mean(differences) / std::sqrt(variance);
  const double se = std::sqrt(1 / n + g * g / (2 * n));
  return WithWaldInterval(g, se, confidence_level);
}

}  // namespace tobii::stats
