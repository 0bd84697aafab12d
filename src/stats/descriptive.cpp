#include "stats/descriptive.h"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <vector>

#include "stats/boost_policy.h"
#include "stats/sample_moments.h"

namespace tobii::stats {
namespace {

// The q-quantile of sorted values, NumPy 1.24's 'linear' method step by
// step (numpy/lib/function_base.py: virtual index (n - 1)·q, then _lerp,
// which interpolates from the upper neighbour when the weight is >= 0.5), so
// the result is bit-identical to np.percentile.
double LinearQuantile(const std::vector<double>& sorted, double q) {
  const double index = static_cast<double>(sorted.size() - 1) * q;
  const double below = std::floor(index);
  const std::size_t lo = static_cast<std::size_t>(below);
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  const double weight = index - below;
  const double a = sorted[lo], b = sorted[hi];
  const double diff = b - a;
  return weight >= 0.5 ? b - diff * (1 - weight) : a + diff * weight;
}

}  // namespace

Descriptive Describe(std::span<const double> values, double confidence_level) {
  Descriptive d;
  d.n = values.size();
  if (values.empty() || !AllFinite(values)) return d;

  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  const std::size_t n = sorted.size();
  d.mean = Mean(values);
  d.median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  d.q1 = LinearQuantile(sorted, 0.25);
  d.q3 = LinearQuantile(sorted, 0.75);
  d.iqr = d.q3 - d.q1;
  if (n < 2) return d;

  d.sd = std::sqrt(SampleVariance(values));
  if (!(confidence_level > 0 && confidence_level < 1)) return d;
  const boost::math::students_t_distribution<double, NoThrowPolicy> t(static_cast<double>(n - 1));
  const double t_crit = boost::math::quantile(t, (1 + confidence_level) / 2);
  const double half_width = t_crit * d.sd / std::sqrt(static_cast<double>(n));
  d.ci_low = d.mean - half_width;
  d.ci_high = d.mean + half_width;
  return d;
}

}  // namespace tobii::stats
