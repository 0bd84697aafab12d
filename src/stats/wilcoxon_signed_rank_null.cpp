#include "stats/wilcoxon_signed_rank_null.h"

#include <cmath>
#include <limits>
#include <vector>

namespace tobii::stats {

double SignedRankLowerTail(std::int64_t r, std::size_t n) {
  if (n > kMaxSignedRankNullSize) return std::numeric_limits<double>::quiet_NaN();
  const auto total = static_cast<std::int64_t>(n * (n + 1) / 2);
  if (r < 0) return 0;
  if (r >= total) return 1;

  // count[k] = c(i, k) after rank i; sums above r are never needed.
  std::vector<std::uint64_t> count(static_cast<std::size_t>(r) + 1, 0);
  count[0] = 1;  // the empty subset
  for (std::size_t i = 1; i <= n; ++i) {
    // Downwards, so count[k − i] still holds c(i − 1, k − i).
    for (std::size_t k = count.size() - 1; k >= i; --k) count[k] += count[k - i];
  }
  // <= 2^n: exact in a double up to n = 53, rounded once above.
  std::uint64_t at_most = 0;
  for (std::uint64_t c : count) at_most += c;
  return std::ldexp(static_cast<double>(at_most), -static_cast<int>(n));
}

}  // namespace tobii::stats
