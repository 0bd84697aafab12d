// Test helpers for numbers compared with SciPy references.
#pragma once

#include <gtest/gtest.h>

#include <cmath>

namespace tobii::stats {

// Relative tolerance against references printed by SciPy 1.10.1 / NumPy
// 1.24.2 with repr() (17 significant digits). The distribution functions
// (Boost.Math here, Cephes in SciPy) agree to about 1e-14.
inline constexpr double kRelativeTolerance = 1e-10;

}  // namespace tobii::stats

// |actual − expected| <= 1e-10·|expected|: an expected 0 must be exactly 0.
#define EXPECT_RELATIVE_NEAR(actual, expected) \
  EXPECT_NEAR((actual), (expected), ::tobii::stats::kRelativeTolerance* std::abs(expected))
