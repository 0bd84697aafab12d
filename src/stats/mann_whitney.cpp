#include "stats/mann_whitney.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "stats/boost_policy.h"
#include "stats/mann_whitney_null.h"
#include "stats/ranks.h"
#include "stats/sample_moments.h"

namespace tobii::stats {
namespace {

// scipy.stats._mannwhitneyu._mwu_choose_method.
constexpr std::size_t kMaxExactGroupSize = 8;

}  // namespace

MannWhitneyResult MannWhitneyU(std::span<const double> x, std::span<const double> y) {
  MannWhitneyResult result;
  if (x.empty() || y.empty() || !AllFinite(x) || !AllFinite(y)) return result;

  std::vector<double> pooled(x.begin(), x.end());
  pooled.insert(pooled.end(), y.begin(), y.end());
  const Ranking ranking = AverageRanks(pooled);
  double rank_sum_x = 0;
  for (std::size_t i = 0; i < x.size(); ++i) rank_sum_x += ranking.ranks[i];

  const double n1 = static_cast<double>(x.size());
  const double n2 = static_cast<double>(y.size());
  result.u = rank_sum_x - n1 * (n1 + 1) / 2;
  const double u_max = std::max(result.u, n1 * n2 - result.u);

  const bool exact =
      (x.size() <= kMaxExactGroupSize || y.size() <= kMaxExactGroupSize) && ranking.tie_term == 0;
  double p;
  if (exact) {
    result.method = MannWhitneyMethod::kExact;
    // Without ties every rank, so U too, is an integer.
    p = 2 * MannWhitneyUpperTail(static_cast<std::int64_t>(u_max), x.size(), y.size());
  } else {
    result.method = MannWhitneyMethod::kAsymptotic;
    const double n = n1 + n2;
    const double sigma = std::sqrt(n1 * n2 / 12 * ((n + 1) - ranking.tie_term / (n * (n - 1))));
    // Continuity correction: always −0.5, as the upper tail of the larger U
    // is used (scipy's _get_mwu_z). sigma = 0 (all tied) gives z = −inf.
    const double z = (u_max - n1 * n2 / 2 - 0.5) / sigma;
    const boost::math::normal_distribution<double, NoThrowPolicy> normal;
    p = 2 * boost::math::cdf(boost::math::complement(normal, z));
  }
  result.p = std::clamp(p, 0.0, 1.0);
  return result;
}

}  // namespace tobii::stats
