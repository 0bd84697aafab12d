#include "metrics/sample_trace_accumulator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "events/velocity.h"

namespace tobii::metrics {
namespace {

constexpr double kEyeDistanceMm = 650;

// 100 Hz samples from 0 s for `seconds`, the gaze moving right at
// `mm_per_s` from the screen's centre, seen from straight in front of it.
std::vector<preprocess::GazeSample> Sweep(double seconds, double mm_per_s) {
  std::vector<preprocess::GazeSample> samples;
  for (int i = 0; i < static_cast<int>(std::lround(seconds * 100)); ++i) {
    preprocess::GazeSample s;
    s.time_us = 10'000LL * i;
    const double x_mm = mm_per_s * i / 100.0;
    s.x_px = static_cast<float>(960 + x_mm);
    s.y_px = 540;
    s.gaze_x_mm = static_cast<float>(x_mm);
    s.gaze_y_mm = 0;
    preprocess::SetDirection(x_mm, 0, 0, 0, kEyeDistanceMm, &s);
    s.pupil_mm = 3;
    s.valid = s.on_screen = true;
    samples.push_back(s);
  }
  return samples;
}

// The samples with their velocity, as the detector's velocity stage (a
// 20 ms window, Pro Lab's) hands them on.
std::vector<events::LabelledSample> Measured(std::span<const preprocess::GazeSample> samples) {
  events::VelocityStage stage(20.0);
  std::vector<events::LabelledSample> measured;
  stage.Push(samples, &measured);
  stage.Finish(&measured);
  return measured;
}

FigureSettings Stretch(double start_s, double window_s, int bins) {
  FigureSettings settings;
  settings.sample_start_s = start_s;
  settings.sample_window_s = window_s;
  settings.sample_bins = bins;
  return settings;
}

TEST(SampleTrace, BinsHoldMeansAndTheWindowedVelocityOfTheStretchOnly) {
  SampleTraceAccumulator accumulator(Stretch(1.0, 1.0, 10), ScreenGeometry{}, 30.0);
  const std::vector<preprocess::GazeSample> samples = Sweep(3.0, 10.0);
  const std::vector<events::LabelledSample> measured = Measured(samples);
  accumulator.AddMeasured(std::span(measured).first(150));  // in two chunks
  accumulator.AddMeasured(std::span(measured).subspan(150));
  SampleTrace trace;
  accumulator.Finish(&trace);
  EXPECT_EQ(trace.start_s, 1.0);
  EXPECT_EQ(trace.window_s, 1.0);
  EXPECT_DOUBLE_EQ(trace.bin_s, 0.1);
  EXPECT_EQ(trace.velocity_threshold_deg_per_s, 30.0);
  ASSERT_EQ(trace.time_s.size(), 10u);
  for (std::size_t k = 0; k < 10; ++k) {
    // Samples at 1.00 ... 1.09 s: their mean is 0.045 s into the first bin.
    EXPECT_NEAR(trace.time_s[k], 0.1 * static_cast<double>(k) + 0.045, 1e-6);
    EXPECT_NEAR(trace.x_px[k], 960 + 10 * (1.045 + 0.1 * static_cast<double>(k)), 1e-3);
    EXPECT_EQ(trace.y_px[k], 540);
    EXPECT_EQ(trace.pupil_mm[k], 3);
  }
  // 10 mm/s at 650 mm near straight ahead: atan(10 / 650) per second.
  const double expected_deg_per_s = std::atan(10.0 / kEyeDistanceMm) * 180 / std::numbers::pi;
  for (float v : trace.velocity_deg_per_s) EXPECT_NEAR(v, expected_deg_per_s, 0.01 * expected_deg_per_s);
}

TEST(SampleTrace, BinsFinerThanTheSamplesGiveOnePointPerSample) {
  SampleTraceAccumulator accumulator(Stretch(0.0, 1.0, 1000), ScreenGeometry{}, 30.0);
  const std::vector<preprocess::GazeSample> samples = Sweep(2.0, 0.0);
  accumulator.AddMeasured(Measured(samples));
  SampleTrace trace;
  accumulator.Finish(&trace);
  ASSERT_EQ(trace.time_s.size(), 100u);  // 1 s at 100 Hz: no empty bin breaks the lines
  for (std::size_t k = 1; k < trace.time_s.size(); ++k) EXPECT_GT(trace.time_s[k], trace.time_s[k - 1]);
  for (float x : trace.x_px) EXPECT_FALSE(std::isnan(x));
}

TEST(SampleTrace, LostSamplesAreGapsAndShortRecordingsKeepWhatTheyHave) {
  SampleTraceAccumulator accumulator(Stretch(0.0, 10.0, 10), ScreenGeometry{}, NAN);
  std::vector<preprocess::GazeSample> samples = Sweep(2.0, 0.0);
  for (std::size_t i = 100; i < 200; ++i) {  // the second second lost
    samples[i].valid = samples[i].on_screen = false;
    samples[i].pupil_mm = kMissing;
  }
  accumulator.AddMeasured(Measured(samples));
  SampleTrace trace;
  accumulator.Finish(&trace);
  ASSERT_EQ(trace.time_s.size(), 2u);  // 2 s of a 10 s stretch
  EXPECT_EQ(trace.x_px[0], 960);
  EXPECT_TRUE(std::isnan(trace.x_px[1]));
  EXPECT_TRUE(std::isnan(trace.pupil_mm[1]));
  EXPECT_TRUE(std::isnan(trace.velocity_deg_per_s[1]));
  EXPECT_TRUE(std::isnan(trace.velocity_threshold_deg_per_s));
}

Event At(EventType type, double onset_s, double offset_s) {
  Event e;
  e.type = type;
  e.onset_us = std::llround(onset_s * 1e6);
  e.offset_us = std::llround(offset_s * 1e6);
  e.x_px = 100;
  e.y_px = 200;
  return e;
}

TEST(SampleTrace, EventsAreClippedToTheStretchAndBounded) {
  SampleTraceAccumulator accumulator(Stretch(1.0, 1.0, 10), ScreenGeometry{}, 30.0);
  const std::vector<preprocess::GazeSample> samples = Sweep(3.0, 0.0);
  accumulator.AddMeasured(Measured(samples));
  const std::vector<Event> events = {At(EventType::kFixation, 0.5, 0.9),  // before: left out
                                     At(EventType::kFixation, 0.8, 1.2), At(EventType::kSaccade, 1.2, 1.25),
                                     At(EventType::kBlink, 1.9, 2.3), At(EventType::kFixation, 2.0, 2.5)};
  accumulator.AddEvents(events);
  SampleTrace trace;
  accumulator.Finish(&trace);
  ASSERT_EQ(trace.events.size(), 3u);
  EXPECT_EQ(trace.events[0].type, EventType::kFixation);
  EXPECT_FLOAT_EQ(trace.events[0].start_s, 0.0f);
  EXPECT_FLOAT_EQ(trace.events[0].end_s, 0.2f);
  EXPECT_EQ(trace.events[0].x_px, 100);
  EXPECT_EQ(trace.events[1].type, EventType::kSaccade);
  EXPECT_EQ(trace.events[1].x_px, 100);
  EXPECT_EQ(trace.events[2].type, EventType::kBlink);
  EXPECT_FLOAT_EQ(trace.events[2].end_s, 1.0f);
  EXPECT_TRUE(std::isnan(trace.events[2].x_px));  // a blink has no position
  EXPECT_TRUE(std::isnan(trace.events[2].y_px));
  EXPECT_FALSE(trace.events_truncated);

  // At most as many events as bins.
  SampleTraceAccumulator bounded(Stretch(0.0, 1.0, 10), ScreenGeometry{}, 30.0);
  bounded.AddMeasured(Measured(samples));
  std::vector<Event> many;
  for (int i = 0; i < 50; ++i) many.push_back(At(EventType::kSaccade, 0.01 * i, 0.01 * i + 0.005));
  bounded.AddEvents(many);
  bounded.Finish(&trace);
  EXPECT_EQ(trace.events.size(), 10u);
  EXPECT_TRUE(trace.events_truncated);
}

}  // namespace
}  // namespace tobii::metrics
