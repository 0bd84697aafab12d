// The exact null distribution of the Mann–Whitney U statistic (no ties).
//
// Written here because Boost.Math has no Mann–Whitney distribution. Counts
// the orderings with the recursion of Mann & Whitney (1947) in the form of
// Di Bucchianico (1999, Theorem 2.5), the one SciPy's _MWU uses:
//
//   f(m, n, k) = f(m − 1, n, k − n) + f(m, n − 1, k),  f(m, n, 0) = 1,
//   f(m, n, k) = 0 for k < 0 or k > m·n,
//
// where f(m, n, k) is the number of the C(m + n, m) orderings of m and n
// values in which U = k.
//
// Stateless and thread-safe. Time O(m·n·k), memory O(min(m, n)·k) doubles,
// with k = m·n − u ≤ m·n: meant for small groups (mannwhitneyu uses it only
// when one group has at most 8 values).
#pragma once

#include <cstddef>
#include <cstdint>

namespace tobii::stats {

// P(U ≥ u) under the null hypothesis for groups of m and n values, both at
// least 1. Computed as P(U ≤ m·n − u) (the distribution is symmetric about
// m·n / 2), like SciPy's _MWU.sf. NaN when m or n is 0.
double MannWhitneyUpperTail(std::int64_t u, std::size_t m, std::size_t n);

}  // namespace tobii::stats
