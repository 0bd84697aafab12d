#include "metrics/interval_counter.h"

#include <gtest/gtest.h>

#include <cmath>

namespace tobii::metrics {
namespace {

TEST(IntervalCounter, MicrosecondClockGivesTheRate) {
  IntervalCounter c;
  for (int i = 0; i < 300; ++i) c.Add(i % 3 == 0 ? 3334 : 3333);  // 300 Hz on a microsecond clock
  EXPECT_NEAR(c.RateHz(), 300.0, 0.01);
}

TEST(IntervalCounter, WholeMillisecondClockAtThreeHundredHertz) {
  IntervalCounter c;
  for (int i = 0; i < 300; ++i) c.Add(i % 3 == 2 ? 4000 : 3000);  // 3, 3, 4 ms
  EXPECT_NEAR(c.RateHz(), 300.0, 0.01);
}

TEST(IntervalCounter, RepeatedMillisecondsAtTwelveHundredHertz) {
  IntervalCounter c;
  for (int i = 0; i < 1200; ++i) c.Add(i % 6 == 5 ? 0 : 1000);  // five steps of 1 ms, one repeat
  EXPECT_NEAR(c.RateHz(), 1200.0, 0.01);
}

TEST(IntervalCounter, LostRowsAndPausesDoNotLowerTheRate) {
  IntervalCounter c;
  for (int i = 0; i < 1000; ++i) c.Add(i % 50 == 0 ? 8333 * 3 : 8333);  // 120 Hz, every 50th step skips two rows
  c.Add(5'000'000);  // a 5 s pause
  EXPECT_NEAR(c.RateHz(), 1e6 / 8333, 0.01);
}

TEST(IntervalCounter, MedianStepIsTheMiddleStep) {
  IntervalCounter c;
  for (int i = 0; i < 300; ++i) c.Add(i % 3 == 2 ? 4000 : 3000);  // 3, 3, 4 ms
  EXPECT_EQ(c.MedianStepUs(), 3000);
  c.Add(5'000'000);
  EXPECT_EQ(c.MedianStepUs(), 3000);  // a pause does not move it
  IntervalCounter even;
  even.Add(10);
  even.Add(20);
  EXPECT_EQ(even.MedianStepUs(), 20);  // the upper middle of an even count
  EXPECT_EQ(IntervalCounter().MedianStepUs(), -1);
}

TEST(IntervalCounter, NoStepsOrAStoppedClockHasNoRate) {
  IntervalCounter none;
  EXPECT_TRUE(std::isnan(none.RateHz()));
  IntervalCounter stopped;
  for (int i = 0; i < 10; ++i) stopped.Add(0);
  EXPECT_TRUE(std::isnan(stopped.RateHz()));
}

}  // namespace
}  // namespace tobii::metrics
