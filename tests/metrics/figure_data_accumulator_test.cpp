#include "metrics/figure_data_accumulator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <vector>

namespace tobii::metrics {
namespace {

preprocess::GazeSample At(float x, float y, bool on_screen = true) {
  preprocess::GazeSample s;
  s.x_px = x;
  s.y_px = y;
  s.valid = true;
  s.on_screen = on_screen;
  return s;
}

Event Fixation(std::int64_t duration_us) {
  Event e;
  e.type = EventType::kFixation;
  e.onset_us = 0;
  e.offset_us = duration_us;
  return e;
}

Event Saccade(float amplitude) {
  Event e;
  e.type = EventType::kSaccade;
  e.amplitude_deg = amplitude;
  e.peak_velocity_deg_per_s = 100 * amplitude;
  return e;
}

constexpr double kNoRate = std::numeric_limits<double>::quiet_NaN();

TEST(FigureData, GazeIsCountedOnAGridOverTheScreen) {
  FigureSettings settings;
  settings.gaze_grid_columns = 4;  // 1920 x 1080: 4 x 2 cells of 480 x 540 px
  FigureDataAccumulator accumulator(settings, ScreenGeometry{});
  const std::vector<preprocess::GazeSample> samples = {At(0, 0), At(1919.9f, 1079.9f), At(480, 539), At(480, 540),
                                                       At(2500, 10, false)};
  accumulator.AddSamples(samples);
  FigureData data;
  accumulator.Finish(kNoRate, &data);
  EXPECT_EQ(data.gaze.columns, 4);
  EXPECT_EQ(data.gaze.rows, 2);
  EXPECT_EQ(data.gaze.distance_mm, 650);
  EXPECT_EQ(data.gaze.counts, (std::vector<std::uint32_t>{1, 1, 0, 0, 0, 1, 0, 1}));
}

TEST(FigureData, FixationDurationsAreBinnedWithAnOverflowBin) {
  FigureSettings settings;
  settings.fixation_bin_ms = 100;
  settings.fixation_max_ms = 300;  // bins [0,100) [100,200) [200,300) and 300 on
  FigureDataAccumulator accumulator(settings, ScreenGeometry{});
  const std::vector<Event> events = {Fixation(50'000), Fixation(100'000), Fixation(299'000), Fixation(2'000'000)};
  accumulator.AddEvents(events);
  FigureData data;
  accumulator.Finish(kNoRate, &data);
  EXPECT_EQ(data.fixation_bin_ms, 100);
  EXPECT_EQ(data.fixation_duration_counts, (std::vector<std::uint32_t>{1, 1, 1, 1}));
}

// Every duration of 1 to 60 samples at 120 Hz once, on a clock that rounds
// to the microsecond (8333 or 8334 us steps).
FigureData DurationsAt120Hz(double sampling_rate_hz) {
  FigureSettings settings;  // 20 ms bins up to 1000 ms
  FigureDataAccumulator accumulator(settings, ScreenGeometry{});
  std::vector<Event> events;
  for (int samples = 1; samples <= 60; ++samples) {
    events.push_back(Fixation(std::llround(samples * 1e6 / 120.0) + (samples % 2 == 0 ? 1 : -1)));
  }
  accumulator.AddEvents(events);
  FigureData data;
  accumulator.Finish(sampling_rate_hz, &data);
  return data;
}

TEST(FigureData, FixationDurationBinsHoldWholeSamples) {
  const FigureData data = DurationsAt120Hz(120.0);
  // 20 ms is 2.4 samples: bins of 2 samples, 16.7 ms.
  EXPECT_NEAR(data.fixation_bin_ms, 2 * 1000.0 / 120.0, 1e-9);
  ASSERT_GE(data.fixation_duration_counts.size(), 31u);
  EXPECT_EQ(data.fixation_duration_counts[0], 1u);  // 1 sample (0 cannot be)
  for (std::size_t bin = 1; bin < 30; ++bin) {
    EXPECT_EQ(data.fixation_duration_counts[bin], 2u) << "bin " << bin;  // 2k and 2k + 1 samples
  }
  EXPECT_EQ(data.fixation_duration_counts[30], 1u);  // 60 samples
}

TEST(FigureData, MillisecondBinsAliasTheSampleInterval) {
  // What whole-sample bins avoid: 20 ms bins over 8.33 ms steps hold 2 or
  // 3 possible durations in turn.
  const FigureData data = DurationsAt120Hz(kNoRate);
  EXPECT_EQ(data.fixation_bin_ms, 20.0);
  std::set<std::uint32_t> counts(data.fixation_duration_counts.begin() + 1, data.fixation_duration_counts.begin() + 24);
  EXPECT_EQ(counts, (std::set<std::uint32_t>{2, 3}));
}

TEST(FigureData, TheSaccadeReservoirIsBoundedEvenAndRepeatable) {
  FigureSettings settings;
  settings.main_sequence_saccades = 100;
  const auto run = [&](int saccades) {
    FigureDataAccumulator accumulator(settings, ScreenGeometry{});
    std::vector<Event> events;
    for (int k = 0; k < saccades; ++k) events.push_back(Saccade(static_cast<float>(k)));
    accumulator.AddEvents(events);
    FigureData data;
    accumulator.Finish(kNoRate, &data);
    return data.saccades;
  };
  EXPECT_EQ(run(40).size(), 40u);  // fewer than the bound: all
  const auto kept = run(10'000);
  ASSERT_EQ(kept.size(), 100u);
  EXPECT_EQ(kept, run(10'000));
  // Drawn from the whole recording, not its start: the mean index is near
  // the middle (SD of the mean of 100 uniform draws: about 290).
  double mean = 0;
  for (const auto& [amplitude, velocity] : kept) mean += amplitude / 100.0;
  EXPECT_NEAR(mean, 5000, 1200);
  EXPECT_EQ(kept[0].second, 100 * kept[0].first);
}

}  // namespace
}  // namespace tobii::metrics
