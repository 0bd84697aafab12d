// Rng: the generator's only source of randomness.
//
// std::mt19937_64's output sequence is fixed by the standard, but the
// std::*_distribution classes are not (libstdc++ and libc++ differ), so the
// transforms below are our own and the same seed gives the same bytes
// everywhere. Thread-safety: one object per thread.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace tobii::gen {

// SplitMix64's finaliser: turns (seed, stream) into well-spread engine seeds,
// so recording 3 of seed 1 shares nothing with recording 1 of seed 3.
inline std::uint64_t MixSeed(std::uint64_t seed, std::uint64_t stream) {
  std::uint64_t z = seed * 0x9E3779B97F4A7C15ull + stream + 0x632BE59BD9B4E019ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

class Rng {
 public:
  Rng(std::uint64_t seed, std::uint64_t stream) : engine_(MixSeed(seed, stream)) {}

  // In [0, 1), 53 random bits.
  double Uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  double Uniform(double lo, double hi) { return lo + (hi - lo) * Uniform(); }
  // In [0, n).
  std::uint64_t Below(std::uint64_t n) { return static_cast<std::uint64_t>(Uniform() * n); }
  bool Chance(double p) { return Uniform() < p; }

  // Box–Muller; the second value of each pair is kept for the next call.
  double Normal(double mean = 0, double sd = 1) {
    if (has_spare_) {
      has_spare_ = false;
      return mean + sd * spare_;
    }
    const double u = 1.0 - Uniform();  // (0, 1], so log(u) is finite
    const double r = std::sqrt(-2.0 * std::log(u));
    const double phi = 2.0 * std::numbers::pi * Uniform();
    spare_ = r * std::sin(phi);
    has_spare_ = true;
    return mean + sd * r * std::cos(phi);
  }

  double Exponential(double mean) { return -mean * std::log(1.0 - Uniform()); }

  // Lognormal with the given arithmetic mean and log-space sd.
  double LogNormal(double mean, double log_sd) {
    return mean * std::exp(Normal(-0.5 * log_sd * log_sd, log_sd));
  }

  // LogNormal redrawn until inside [lo, hi] (a truncated distribution: no
  // pile-up of clipped values at the bounds).
  double LogNormalWithin(double mean, double log_sd, double lo, double hi) {
    for (int i = 0; i < 100; ++i) {
      const double x = LogNormal(mean, log_sd);
      if (x >= lo && x <= hi) return x;
    }
    return std::clamp(mean, lo, hi);
  }

 private:
  std::mt19937_64 engine_;
  double spare_ = 0;
  bool has_spare_ = false;
};

}  // namespace tobii::gen
