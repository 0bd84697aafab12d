#include "stats/benjamini_hochberg.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace tobii::stats {

std::vector<double> BenjaminiHochberg(std::span<const double> p_values) {
  std::vector<double> q_values(p_values.size(), std::numeric_limits<double>::quiet_NaN());
  std::vector<std::size_t> order;  // indices of the non-NaN p-values, by p
  for (std::size_t i = 0; i < p_values.size(); ++i) {
    if (!std::isnan(p_values[i])) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p_values[a] < p_values[b]; });

  const double m = static_cast<double>(order.size());
  double running_min = std::numeric_limits<double>::infinity();
  for (std::size_t rank = order.size(); rank >= 1; --rank) {
    const std::size_t i = order[rank - 1];
    // p / (rank / m), statsmodels' order of operations.
    running_min = std::min(running_min, p_values[i] / (static_cast<double>(rank) / m));
    q_values[i] = std::min(running_min, 1.0);
  }
  return q_values;
}

}  // namespace tobii::stats
