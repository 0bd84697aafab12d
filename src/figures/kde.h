// Gaussian kernel density estimate of one sample, for violins.
//
// The bandwidth follows Scott's rule as scipy.stats.gaussian_kde applies it:
// h = s · n^(-1/5), s the sample SD (divisor n - 1) (D. W. Scott,
// Multivariate Density Estimation, Wiley, 1992; "scott" in SciPy). The
// density at x is (1 / (n h √(2π))) Σ exp(-(x - x_i)² / (2h²)).
//
// Stateless and thread-safe; O(n · points) time, O(points) memory.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace tobii::figures {

// NaN for fewer than two values or no spread (no density to estimate).
double ScottBandwidth(std::span<const double> values);

// The density at x. REQUIRES: bandwidth > 0.
double KernelDensity(std::span<const double> values, double bandwidth, double x);

struct Density {
  double bandwidth = 0;
  std::vector<double> x;        // evenly spaced, ascending
  std::vector<double> density;  // at each x
};

// The density at `points` (at least 2) evenly spaced x from min - cut·h to
// max + cut·h (seaborn's violins cut at 2 bandwidths). Empty x and density
// when the bandwidth is NaN (see ScottBandwidth): draw the points alone.
Density GaussianKde(std::span<const double> values, std::size_t points = 128, double cut = 2.0);

}  // namespace tobii::figures
