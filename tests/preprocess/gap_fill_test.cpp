#include "preprocess/gap_fill.h"

#include <gtest/gtest.h>

#include <vector>

namespace tobii::preprocess {
namespace {

// 100 Hz samples whose left eye looks at x = 10 * i px and is lost in
// [lost_from, lost_to); the right eye is always valid.
std::vector<Sample> Samples(int n, int lost_from, int lost_to) {
  std::vector<Sample> samples(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    Sample& s = samples[static_cast<std::size_t>(i)];
    s.time_us = i * 10000;
    s.right = {.gaze_x_px = 5, .gaze_y_px = 5, .valid = true};
    if (i < lost_from || i >= lost_to) {
      s.left = {.gaze_x_px = 10.0f * static_cast<float>(i), .gaze_y_px = 1, .eye_z_mm = 600, .pupil_mm = 3,
                .valid = true};
    }
  }
  return samples;
}

std::vector<Sample> Fill(const std::vector<Sample>& in, std::size_t chunk = 1000, double max_gap_ms = 75) {
  GapFiller filler(max_gap_ms);
  std::vector<Sample> out;
  for (std::size_t i = 0; i < in.size(); i += chunk) {
    filler.Push(std::span(in).subspan(i, std::min(chunk, in.size() - i)), &out);
  }
  filler.Finish(&out);
  return out;
}

TEST(GapFill, ShortGapIsInterpolatedLinearly) {
  // Lost samples 10..15: valid neighbours 9 and 16 are 70 ms apart.
  const std::vector<Sample> out = Fill(Samples(30, 10, 16));
  ASSERT_EQ(out.size(), 30u);
  for (int i = 10; i < 16; ++i) {
    EXPECT_TRUE(out[i].left.valid) << i;
    EXPECT_FLOAT_EQ(out[i].left.gaze_x_px, 10.0f * static_cast<float>(i)) << i;
    EXPECT_FLOAT_EQ(out[i].left.eye_z_mm, 600.0f);
    EXPECT_TRUE(std::isnan(out[i].left.pupil_mm)) << "the pupil is reported as measured";
  }
}

TEST(GapFill, GapLongerThanTheMaximumStaysInvalid) {
  // Lost samples 10..17: valid neighbours 9 and 18 are 90 ms apart.
  const std::vector<Sample> out = Fill(Samples(30, 10, 18));
  for (int i = 10; i < 18; ++i) EXPECT_FALSE(out[i].left.valid) << i;
}

TEST(GapFill, GapsAtTheEdgesStayInvalid) {
  std::vector<Sample> out = Fill(Samples(30, 0, 3));
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(out[i].left.valid);
  out = Fill(Samples(30, 27, 30));
  for (int i = 27; i < 30; ++i) EXPECT_FALSE(out[i].left.valid);
}

TEST(GapFill, SameOutputForAnyChunkSize) {
  std::vector<Sample> in = Samples(400, 10, 14);
  for (int i = 100; i < 400; i += 37) in[static_cast<std::size_t>(i)].left.valid = false;
  for (int i = 200; i < 209; ++i) in[static_cast<std::size_t>(i)].right.valid = false;
  const std::vector<Sample> reference = Fill(in);
  for (std::size_t chunk : {1, 3, 64}) {
    const std::vector<Sample> out = Fill(in, chunk);
    ASSERT_EQ(out.size(), reference.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
      ASSERT_EQ(out[i].time_us, reference[i].time_us);
      ASSERT_EQ(out[i].left.valid, reference[i].left.valid) << i;
      ASSERT_EQ(out[i].right.valid, reference[i].right.valid) << i;
    }
  }
}

}  // namespace
}  // namespace tobii::preprocess
