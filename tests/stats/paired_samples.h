// Paired samples shared by the tests of the paired statistics, so that the
// references of each test (in comments there) are for the same numbers.
#pragma once

#include <vector>

namespace tobii::stats {

// Nine participants in two conditions, no tied or zero differences; in
// Python: a = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30],
//             b = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]
inline const std::vector<double> kNinePairsA = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
inline const std::vector<double> kNinePairsB = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

struct Pairs {
  std::vector<double> x;
  std::vector<double> y;
};

// 200 pairs of small integers: 29 zero differences and heavy ties. In Python:
//   xl = np.array([i % 7 for i in range(200)], float)
//   yl = np.array([(3*i) % 5 for i in range(200)], float)
inline Pairs SmallIntegerPairs() {
  Pairs pairs;
  for (int i = 0; i < 200; ++i) {
    pairs.x.push_back(i % 7);
    pairs.y.push_back((3 * i) % 5);
  }
  return pairs;
}

}  // namespace tobii::stats
