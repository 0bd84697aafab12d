#include "stats/paired_t.h"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <vector>

#include "stats/boost_policy.h"
#include "stats/paired_differences.h"
#include "stats/sample_moments.h"

namespace tobii::stats {

PairedTResult PairedTTest(std::span<const double> x, std::span<const double> y) {
  PairedTResult result;
  if (x.size() < 2 || x.size() != y.size()) return result;
  const std::vector<double> differences = PairedDifferences(x, y);
  if (!AllFinite(differences)) return result;

  const double n = static_cast<double>(differences.size());
  const double variance = SampleVariance(differences);
  if (variance == 0) return result;
  result.df = n - 1;
  // In the order of scipy's ttest_rel: denom = √(v / n), t = dm / denom.
  result.t = Mean(differences) / std::sqrt(variance / n);
  const boost::math::students_t_distribution<double, NoThrowPolicy> t_dist(result.df);
  result.p = 2 * boost::math::cdf(t_dist, -std::abs(result.t));
  return result;
}

}  // namespace tobii::stats
