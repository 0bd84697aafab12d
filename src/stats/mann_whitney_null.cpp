#include "stats/mann_whitney_null.h"

#include <algorithm>
#include <boost/math/special_functions/binomial.hpp>
#include <limits>
#include <vector>

#include "stats/boost_policy.h"

namespace tobii::stats {

double MannWhitneyUpperTail(std::int64_t u, std::size_t m, std::size_t n) {
  if (m == 0 || n == 0) return std::numeric_limits<double>::quiet_NaN();
  const auto mn = static_cast<std::int64_t>(m * n);
  const std::int64_t k_max = mn - u;  // P(U >= u) = P(U <= k_max)
  if (k_max < 0) return 0;
  if (k_max >= mn) return 1;

  // f is symmetric in m and n; the rows run over the smaller group.
  const std::size_t rows = std::min(m, n);
  const std::size_t steps = std::max(m, n);
  const std::size_t width = static_cast<std::size_t>(k_max) + 1;
  // count[r * width + k] = f(r, s, k) after step s; counts are integers,
  // exact in a double up to 2^53.
  std::vector<double> count((rows + 1) * width, 0.0);
  for (std::size_t r = 0; r <= rows; ++r) count[r * width] = 1;  // f(r, 0, 0) = 1
  for (std::size_t s = 1; s <= steps; ++s) {
    // Row r - 1 is already at step s when row r is updated, as the
    // recursion's first term needs; row r still holds step s - 1.
    for (std::size_t r = 1; r <= rows; ++r) {
      double* row = &count[r * width];
      const double* shorter = &count[(r - 1) * width];
      for (std::size_t k = s; k < width; ++k) row[k] += shorter[k - s];
    }
  }
  double at_most = 0;
  for (std::size_t k = 0; k < width; ++k) at_most += count[rows * width + k];
  const double orderings = boost::math::binomial_coefficient<double>(
      static_cast<unsigned>(m + n), static_cast<unsigned>(rows), NoThrowPolicy());
  return at_most / orderings;
}

}  // namespace tobii::stats
