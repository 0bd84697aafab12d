// The exact null distribution of the Wilcoxon signed-rank statistic R+ (the
// sum of the ranks of the positive differences, no zeros and no ties).
//
// Written here because Boost.Math has no signed-rank distribution. Under the
// null hypothesis each of the n ranks 1..n is positive with probability 1/2,
// independently, so the 2^n sign patterns are equally likely and
//
//   P(R+ = k) = c(n, k) / 2^n,  c(n, k) = the number of subsets of {1, ..., n}
//                                         whose elements sum to k,
//
// counted with the recursion c(i, k) = c(i − 1, k) + c(i − 1, k − i)
// (Wilcoxon 1945, Biometrics Bulletin 1(6):80–83; the same distribution as
// SciPy's _get_wilcoxon_distr, which halves and shifts a probability array
// once per rank). Counts are integers and the probabilities multiples of
// 2^−n, so a tail comes out exactly as SciPy sums it.
//
// Stateless and thread-safe. Time O(n·r), memory O(r) with r <= n(n + 1)/2:
// meant for the small n where wilcoxon uses it (at most 50 pairs).
#pragma once

#include <cstddef>
#include <cstdint>

namespace tobii::stats {

// The largest n whose 2^n sign patterns an unsigned 64-bit count holds.
inline constexpr std::size_t kMaxSignedRankNullSize = 63;

// P(R+ <= r) under the null hypothesis for n nonzero, untied differences:
// 0 for r < 0, 1 for r >= n(n + 1)/2. The distribution is symmetric about
// n(n + 1)/4, so P(R+ >= r) = P(R+ <= n(n + 1)/2 − r).
// NaN when n > kMaxSignedRankNullSize.
double SignedRankLowerTail(std::int64_t r, std::size_t n);

}  // namespace tobii::stats
