#include "stats/welch.h"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>

#include "stats/boost_policy.h"
#include "stats/sample_moments.h"

namespace tobii::stats {

WelchResult WelchTTest(std::span<const double> x, std::span<const double> y) {
  WelchResult result;
  if (x.size() < 2 || y.size() < 2 || !AllFinite(x) || !AllFinite(y)) return result;

  const double n1 = static_cast<double>(x.size());
  const double n2 = static_cast<double>(y.size());
  // In the order of scipy's _unequal_var_ttest_denom.
  const double vn1 = SampleVariance(x) / n1;
  const double vn2 = SampleVariance(y) / n2;
  if (vn1 + vn2 == 0) return result;
  result.df = (vn1 + vn2) * (vn1 + vn2) / (vn1 * vn1 / (n1 - 1) + vn2 * vn2 / (n2 - 1));
  result.t = (Mean(x) - Mean(y)) / std::sqrt(vn1 + vn2);
  const boost::math::students_t_distribution<double, NoThrowPolicy> t_dist(result.df);
  result.p = 2 * boost::math::cdf(t_dist, -std::abs(result.t));
  return result;
}

}  // namespace tobii::stats
