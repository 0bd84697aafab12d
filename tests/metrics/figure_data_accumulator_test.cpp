#include "metrics/figure_data_accumulator.h"

#include <gtest/gtest.h>

#include <numeric>
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

TEST(FigureData, GazeIsCountedOnAGridOverTheScreen) {
  FigureSettings settings;
  settings.gaze_grid_columns = 4;  // 1920 x 1080: 4 x 2 cells of 480 x 540 px
  FigureDataAccumulator accumulator(settings, ScreenGeometry{});
  const std::vector<preprocess::GazeSample> samples = {At(0, 0), At(1919.9f, 1079.9f), At(480, 539), At(480, 540),
                                                       At(2500, 10, false)};
  accumulator.AddSamples(samples);
  FigureData data;
  accumulator.Finish(&data);
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
  accumulator.Finish(&data);
  EXPECT_EQ(data.fixation_bin_ms, 100);
  EXPECT_EQ(data.fixation_duration_counts, (std::vector<std::uint32_t>{1, 1, 1, 1}));
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
    accumulator.Finish(&data);
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
