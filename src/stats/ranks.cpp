#include "stats/ranks.h"

#include <algorithm>
#include <cstddef>
#include <numeric>

namespace tobii::stats {

Ranking AverageRanks(std::span<const double> values) {
  const std::size_t n = values.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });

  Ranking ranking;
  ranking.ranks.resize(n);
  for (std::size_t first = 0; first < n;) {
    std::size_t last = first + 1;  // one past the run of equal values
    while (last < n && values[order[last]] == values[order[first]]) ++last;
    // The run holds ranks first + 1 ... last; their mean:
    const double rank = static_cast<double>(first + 1 + last) / 2;
    for (std::size_t i = first; i < last; ++i) ranking.ranks[order[i]] = rank;
    const double t = static_cast<double>(last - first);
    ranking.tie_term += t * t * t - t;
    first = last;
  }
  return ranking;
}

}  // namespace tobii::stats
