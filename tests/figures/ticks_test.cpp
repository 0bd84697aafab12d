#include "figures/ticks.h"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

namespace tobii::figures {
namespace {

TEST(NiceTicks, UnitRangeStepsByTwoTenths) {
  const Ticks t = NiceTicks(0, 1);
  EXPECT_EQ(t.step, 0.2);
  EXPECT_EQ(t.values, (std::vector<double>{0, 0.2, 0.4, 0.6, 0.8, 1.0}));  // exact, not 0.6000000000000001
  EXPECT_EQ(t.decimals, 1);
}

TEST(NiceTicks, ScreenWidthStepsBy500AndEnclosesTheData) {
  const Ticks t = NiceTicks(0, 1920);
  EXPECT_EQ(t.step, 500);
  EXPECT_EQ(t.values, (std::vector<double>{0, 500, 1000, 1500, 2000}));
  EXPECT_EQ(t.nice_min, 0);
  EXPECT_EQ(t.nice_max, 2000);
  EXPECT_EQ(t.decimals, 0);
}

TEST(NiceTicks, RangeAcrossZero) {
  const Ticks t = NiceTicks(-3.7, 12.2);
  EXPECT_EQ(t.step, 5);
  EXPECT_EQ(t.values, (std::vector<double>{-5, 0, 5, 10, 15}));
}

TEST(NiceTicks, NegativeRangeEndsOnZero) {
  const Ticks t = NiceTicks(-0.5, -0.013);
  EXPECT_EQ(t.step, 0.1);
  EXPECT_EQ(t.values, (std::vector<double>{-0.5, -0.4, -0.3, -0.2, -0.1, 0}));
  EXPECT_EQ(t.decimals, 1);
}

TEST(NiceTicks, BoundsOnATickStayOnIt) {
  // 0.3 / 0.1 is 2.9999999999999996 in doubles: still tick 3, not 2.
  const Ticks t = NiceTicks(0.3, 0.7);
  EXPECT_EQ(t.values, (std::vector<double>{0.3, 0.4, 0.5, 0.6, 0.7}));
}

TEST(NiceTicks, TinyRange) {
  const Ticks t = NiceTicks(1e-6, 3.5e-6);
  EXPECT_EQ(t.step, 5e-7);
  EXPECT_EQ(t.values, (std::vector<double>{1e-6, 1.5e-6, 2e-6, 2.5e-6, 3e-6, 3.5e-6}));
  EXPECT_EQ(t.decimals, 7);
  EXPECT_EQ(FormatTick(t.values[1], t.decimals), "0.0000015");
}

TEST(NiceTicks, LargeRange) {
  const Ticks t = NiceTicks(0, 2.3e7, 6);
  EXPECT_EQ(t.step, 5e6);
  EXPECT_EQ(t.values, (std::vector<double>{0, 5e6, 1e7, 1.5e7, 2e7, 2.5e7}));
}

TEST(NiceTicks, StepFromTheRangeNotFromTheRoundedRange) {
  // Heckbert rounds 2.2 up to 5 first, and gets a step of 1.
  const Ticks t = NiceTicks(2.8, 5.0);
  EXPECT_EQ(t.step, 0.5);
  EXPECT_EQ(t.values, (std::vector<double>{2.5, 3, 3.5, 4, 4.5, 5}));
}

TEST(NiceTicks, EqualMinAndMaxAreWidened) {
  const Ticks t = NiceTicks(5, 5);
  EXPECT_EQ(t.step, 0.2);
  EXPECT_LT(t.nice_min, 5);
  EXPECT_GT(t.nice_max, 5);
  EXPECT_EQ(t.values.front(), 4.4);
  EXPECT_EQ(t.values.back(), 5.6);

  const Ticks zero = NiceTicks(0, 0);
  EXPECT_EQ(zero.values, (std::vector<double>{-1, -0.5, 0, 0.5, 1}));
}

TEST(NiceTicks, SwappedBoundsGiveTheSameTicks) {
  EXPECT_EQ(NiceTicks(12.2, -3.7).values, NiceTicks(-3.7, 12.2).values);
}

TEST(NiceTicks, NonFiniteBoundsGiveTheUnitRange) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(NiceTicks(nan, 3).values, NiceTicks(0, 1).values);
  EXPECT_EQ(NiceTicks(0, std::numeric_limits<double>::infinity()).values, NiceTicks(0, 1).values);
}

TEST(NiceTicks, MoreTicksWhenAsked) {
  EXPECT_EQ(NiceTicks(0, 100, 3).step, 50);
  EXPECT_EQ(NiceTicks(0, 100, 11).step, 10);
}

TEST(FormatTick, TrueMinusAndNoNegativeZero) {
  EXPECT_EQ(FormatTick(-1.5, 1), "\u22121.5");
  EXPECT_EQ(FormatTick(-0.0, 1), "0.0");
  EXPECT_EQ(FormatTick(-0.04, 1), "0.0");
  EXPECT_EQ(FormatTick(1500, 0), "1500");
  EXPECT_EQ(FormatTick(0.25, 2), "0.25");
}

}  // namespace
}  // namespace tobii::figures
