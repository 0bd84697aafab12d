#include "figures/ticks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace tobii::figures {

namespace {

struct NiceNumber {
  int digit;  // 1, 2 or 5
  int exponent;
};

// Heckbert's nicenum, rounding: the number digit × 10^exponent nearest x.
NiceNumber Nice(double x) {
  int exponent = static_cast<int>(std::floor(std::log10(x)));
  const double fraction = x / std::pow(10.0, exponent);
  int digit = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  if (digit == 10) digit = 1, ++exponent;
  return {digit, exponent};
}

// digit × 10^exponent as the nearest double: dividing by an exact power of
// ten rounds once, where multiplying by 0.1 would round twice.
double Scaled(double digit, int exponent) {
  return exponent >= 0 ? digit * std::pow(10.0, exponent) : digit / std::pow(10.0, -exponent);
}

}  // namespace

Ticks NiceTicks(double min, double max, int target_count) {
  if (!std::isfinite(min) || !std::isfinite(max)) min = 0, max = 1;
  if (min > max) std::swap(min, max);
  if (min == max) {
    const double pad = min == 0 ? 1 : std::abs(min) / 10;
    min -= pad;
    max += pad;
  }
  target_count = std::max(target_count, 2);
  const auto [digit, exponent] = Nice((max - min) / (target_count - 1));

  Ticks ticks;
  ticks.step = Scaled(digit, exponent);
  // A relative tolerance keeps 0.3 / 0.1 = 2.9999999999999996 on tick 3.
  constexpr double kTolerance = 1e-9;
  const auto first = static_cast<long long>(std::floor(min / ticks.step + kTolerance));
  const auto last = static_cast<long long>(std::ceil(max / ticks.step - kTolerance));
  for (long long k = first; k <= last; ++k)
    ticks.values.push_back(Scaled(static_cast<double>(k * digit), exponent));
  ticks.nice_min = ticks.values.front();
  ticks.nice_max = ticks.values.back();
  ticks.decimals = std::max(-exponent, 0);
  return ticks;
}

std::string FormatTick(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(decimals, 0, 17), value);
  std::string text = buffer;
  if (text.front() != '-') return text;
  if (text.find_first_not_of("-0.") == std::string::npos) return text.substr(1);  // "-0.0" → "0.0"
  return "\u2212" + text.substr(1);
}

}  // namespace tobii::figures
