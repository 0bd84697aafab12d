// "Nice" axis ticks: steps of 1, 2 or 5 × 10^k, after Heckbert's loose
// labelling (P. S. Heckbert, "Nice numbers for graph labels", in A. S.
// Glassner (ed.), Graphics Gems, Academic Press, 1990, pp. 61-63, 657-659).
// One change: the step is Heckbert's nicenum of range / (count - 1) itself;
// he first rounds the range up to a nice number, which can halve the ticks
// (2.8 to 5.0 would get 2, 3, 4, 5 rather than 2.5, 3.0, ..., 5.0).
//
// Stateless and thread-safe.
#pragma once

#include <string>
#include <vector>

namespace tobii::figures {

struct Ticks {
  double step = 0;
  // The ticks enclosing the data: nice_min <= min and nice_max >= max.
  double nice_min = 0;
  double nice_max = 0;
  std::vector<double> values;  // nice_min, nice_min + step, ..., nice_max
  int decimals = 0;            // enough to tell neighbouring ticks apart
};

// Ticks for data in [min, max], about `target_count` of them (at least 2).
// min > max are swapped; min == max is widened (to ±1 around 0, else by 10 %
// of the value on each side); a non-finite bound gives the ticks of [0, 1].
// Each value is k·step computed exactly as decimals allow (0.3, never
// 0.30000000000000004).
Ticks NiceTicks(double min, double max, int target_count = 5);

// `value` with `decimals` digits after the point and a true minus sign
// (U+2212), never "−0".
std::string FormatTick(double value, int decimals);

}  // namespace tobii::figures
