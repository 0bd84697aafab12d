#include "stats/hedges_g.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <cmath>

#include "stats/boost_policy.h"
#include "stats/sample_moments.h"

namespace tobii::stats {

// Through Boost's tgamma_delta_ratio(a, δ) = Γ(a) / Γ(a + δ), which stays
// accurate where the gamma functions themselves overflow (df > ~340).
double HedgesCorrection(double df) {
  return 1 / (std::sqrt(df / 2) * boost::math::tgamma_delta_ratio((df - 1) / 2, 0.5, NoThrowPolicy()));
}

HedgesGResult WithWaldInterval(double g, double se, double confidence_level) {
  HedgesGResult result;
  result.g = g;
  result.se = se;
  if (!(confidence_level > 0 && confidence_level < 1)) return result;
  const boost::math::normal_distribution<double, NoThrowPolicy> normal;
  const double z = boost::math::quantile(normal, (1 + confidence_level) / 2);
  result.ci_low = g - z * se;
  result.ci_high = g + z * se;
  return result;
}

HedgesGResult HedgesG(std::span<const double> x, std::span<const double> y, double confidence_level) {
  if (x.size() < 2 || y.size() < 2 || !AllFinite(x) || !AllFinite(y)) return {};

  const double n1 = static_cast<double>(x.size());
  const double n2 = static_cast<double>(y.size());
  const double m = n1 + n2 - 2;
  const double pooled_variance = ((n1 - 1) * SampleVariance(x) + (n2 - 1) * SampleVariance(y)) / m;
  if (pooled_variance == 0) return {};

  const double d = (Mean(x) - Mean(y)) / std::sqrt(pooled_variance);
  const double g = HedgesCorrection(m) * d;
  const double se = std::sqrt((n1 + n2) / (n1 * n2) + g * g / (2 * (n1 + n2)));
  return WithWaldInterval(g, se, confidence_level);
}

}  // namespace tobii::stats
