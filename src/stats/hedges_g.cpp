#include "stats/hedges_g.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <cmath>

#include "stats/boost_policy.h"
#include "stats/sample_moments.h"

namespace tobii::stats {
namespace {

// Hedges' J(m) = Γ(m/2) / (√(m/2) · Γ((m − 1)/2)), through Boost's
// tgamma_delta_ratio(a, δ) = Γ(a) / Γ(a + δ), which stays accurate where the
// gamma functions themselves overflow (m > ~340). REQUIRES: m >= 2.
double SmallSampleCorrection(double m) {
  return 1 / (std::sqrt(m / 2) * boost::math::tgamma_delta_ratio((m - 1) / 2, 0.5, NoThrowPolicy()));
}

}  // namespace

HedgesGResult HedgesG(std::span<const double> x, std::span<const double> y, double confidence_level) {
  HedgesGResult result;
  if (x.size() < 2 || y.size() < 2 || !AllFinite(x) || !AllFinite(y)) return result;

  const double n1 = static_cast<double>(x.size());
  const double n2 = static_cast<double>(y.size());
  const double m = n1 + n2 - 2;
  const double pooled_variance = ((n1 - 1) * SampleVariance(x) + (n2 - 1) * SampleVariance(y)) / m;
  if (pooled_variance == 0) return result;

  const double d = (Mean(x) - Mean(y)) / std::sqrt(pooled_variance);
  result.g = SmallSampleCorrection(m) * d;
  result.se = std::sqrt((n1 + n2) / (n1 * n2) + result.g * result.g / (2 * (n1 + n2)));
  if (!(confidence_level > 0 && confidence_level < 1)) return result;
  const boost::math::normal_distribution<double, NoThrowPolicy> normal;
  const double z = boost::math::quantile(normal, (1 + confidence_level) / 2);
  result.ci_low = result.g - z * result.se;
  result.ci_high = result.g + z * result.se;
  return result;
}

}  // namespace tobii::stats
