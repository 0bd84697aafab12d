// Average ranks of pooled values and the tie term of rank tests.
//
// Stateless and thread-safe; O(n) memory.
#pragma once

#include <span>
#include <vector>

namespace tobii::stats {

struct Ranking {
  // 1-based ranks in the order of the input; tied values share the mean of
  // the ranks they span (scipy.stats.rankdata, method='average').
  std::vector<double> ranks;
  // Σ (t³ − t) over groups of t tied values: 0 without ties.
  double tie_term = 0;
};

// REQUIRES: finite values.
Ranking AverageRanks(std::span<const double> values);

}  // namespace tobii::stats
