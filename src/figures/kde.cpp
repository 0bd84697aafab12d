#include "figures/kde.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace tobii::figures {

double ScottBandwidth(std::span<const double> values) {
  const auto n = static_cast<double>(values.size());
  if (values.size() < 2) return std::numeric_limits<double>::quiet_NaN();
  double mean = 0;
  for (double v : values) mean += v;
  mean /= n;
  double squares = 0;
  for (double v : values) squares += (v - mean) * (v - mean);
  const double sd = std::sqrt(squares / (n - 1));
  if (!(sd > 0) || !std::isfinite(sd)) return std::numeric_limits<double>::quiet_NaN();
  return sd * std::pow(n, -0.2);
}

double KernelDensity(std::span<const double> values, double bandwidth, double x) {
  double sum = 0;
  for (double v : values) {
    const double z = (x - v) / bandwidth;
    sum += std::exp(-0.5 * z * z);
  }
  return sum / (static_cast<double>(values.size()) * bandwidth * std::sqrt(2 * std::numbers::pi));
}

Density GaussianKde(std::span<const double> values, std::size_t points, double cut) {
  Density result;
  result.bandwidth = ScottBandwidth(values);
  if (std::isnan(result.bandwidth)) return result;
  points = std::max<std::size_t>(points, 2);
  const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
  const double from = *lowest - cut * result.bandwidth;
  const double step = (*highest + cut * result.bandwidth - from) / static_cast<double>(points - 1);
  for (std::size_t i = 0; i < points; ++i) {
    const double x = from + step * static_cast<double>(i);
    result.x.push_back(x);
    result.density.push_back(KernelDensity(values, result.bandwidth, x));
  }
  return result;
}

}  // namespace tobii::figures
