#include "preprocess/noise_filter.h"

#include <gtest/gtest.h>

#include <vector>

namespace tobii::preprocess {
namespace {

std::vector<GazeSample> Line(const std::vector<float>& xs) {
  std::vector<GazeSample> samples;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    samples.push_back({.time_us = static_cast<std::int64_t>(i) * 1000, .x_px = xs[i], .y_px = 0,
                       .gaze_x_mm = xs[i], .gaze_y_mm = 0, .valid = IsPresent(xs[i])});
  }
  return samples;
}

std::vector<float> Filter(NoiseReduction mode, int window, const std::vector<float>& xs, std::size_t chunk = 100) {
  NoiseFilter filter(mode, window);
  const std::vector<GazeSample> in = Line(xs);
  std::vector<GazeSample> out;
  for (std::size_t i = 0; i < in.size(); i += chunk) {
    filter.Push(std::span(in).subspan(i, std::min(chunk, in.size() - i)), &out);
  }
  filter.Finish(&out);
  std::vector<float> result;
  for (const GazeSample& g : out) result.push_back(g.valid ? g.x_px : -1.0f);
  return result;
}

TEST(NoiseFilter, MovingMedianRemovesASingleSpike) {
  EXPECT_EQ(Filter(NoiseReduction::kMovingMedian, 3, {1, 1, 9, 1, 1}), (std::vector<float>{1, 1, 1, 1, 1}));
}

TEST(NoiseFilter, MovingAverageAveragesTheWindow) {
  EXPECT_EQ(Filter(NoiseReduction::kMovingAverage, 3, {0, 3, 6, 9}), (std::vector<float>{1.5f, 3, 6, 7.5f}));
}

TEST(NoiseFilter, InvalidSamplesStayInvalidAndAreLeftOut) {
  EXPECT_EQ(Filter(NoiseReduction::kMovingAverage, 3, {0, kMissing, 6, 9}),
            (std::vector<float>{0, -1, 7.5f, 7.5f}));
}

TEST(NoiseFilter, NoneChangesNothing) {
  EXPECT_EQ(Filter(NoiseReduction::kNone, 3, {4, 8, 1}), (std::vector<float>{4, 8, 1}));
}

TEST(NoiseFilter, SameOutputForAnyChunkSize) {
  std::vector<float> xs;
  for (int i = 0; i < 300; ++i) xs.push_back(i % 17 == 0 ? kMissing : static_cast<float>((i * 7919) % 101));
  const std::vector<float> reference = Filter(NoiseReduction::kMovingMedian, 5, xs);
  for (std::size_t chunk : {1, 2, 7}) EXPECT_EQ(Filter(NoiseReduction::kMovingMedian, 5, xs, chunk), reference);
}

}  // namespace
}  // namespace tobii::preprocess
