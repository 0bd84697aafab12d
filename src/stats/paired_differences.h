// The differences x[i] − y[i] of paired values, shared by the paired tests.
//
// Stateless; O(n) memory.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace tobii::stats {

// x[i] − y[i] in double, as NumPy's x - y. REQUIRES: x.size() == y.size()
// (callers check; a non-finite value gives a non-finite difference).
inline std::vector<double> PairedDifferences(std::span<const double> x, std::span<const double> y) {
  std::vector<double> differences(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) differences[i] = x[i] - y[i];
  return differences;
}

}  // namespace tobii::stats
