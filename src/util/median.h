// The median of a vector of floats, reordering it (nth_element, O(n)).
// The mean of the two middle values for an even count; NaN when empty.
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace tobii::util {

inline float MedianInPlace(std::vector<float>* values) {
  if (values->empty()) return std::numeric_limits<float>::quiet_NaN();
  if (values->size() == 3) {  // the default noise window, on every sample: no sort
    const float a = (*values)[0], b = (*values)[1], c = (*values)[2];
    return std::max(std::min(a, b), std::min(std::max(a, b), c));
  }
  const std::size_t mid = values->size() / 2;
  std::nth_element(values->begin(), values->begin() + static_cast<std::ptrdiff_t>(mid), values->end());
  const float upper = (*values)[mid];
  if (values->size() % 2 == 1) return upper;
  const float lower = *std::max_element(values->begin(), values->begin() + static_cast<std::ptrdiff_t>(mid));
  return 0.5f * (lower + upper);
}

}  // namespace tobii::util
