#include "metrics/behavior_metrics.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/step_function.h"

namespace tobii::metrics {
namespace {

// 250 Hz: 4 ms a sample; 400 samples, 1.6 s.
constexpr std::int64_t kIntervalUs = 4000;

Event MakeEvent(EventType type, int onset_sample, int samples, float amplitude_deg = 0) {
  Event e;
  e.type = type;
  e.onset_us = onset_sample * kIntervalUs;
  e.offset_us = (onset_sample + samples) * kIntervalUs;
  e.amplitude_deg = amplitude_deg;
  return e;
}

TEST(BehaviorMetrics, StateMetricsCountTheSamplesAndEventsInsideIt) {
  auto samples = testing::StepFunction(400, {}, {});
  for (int i = 100; i < 200; ++i) samples[static_cast<std::size_t>(i)].pupil_mm = 4;  // talking: 3 -> 4 mm
  samples[150].valid = false;                                                        // one lost sample inside
  boris::BehaviorTimeline timeline;
  timeline.states.push_back({"talk", 2, {{100 * kIntervalUs, 200 * kIntervalUs}}});
  BehaviorMetrics metrics(timeline, {}, testing::kScreen);
  // In two chunks, to cross the interval's start between calls.
  metrics.AddSamples(std::span(samples).subspan(0, 120));
  metrics.AddSamples(std::span(samples).subspan(120));
  const std::vector<Event> events = {MakeEvent(EventType::kFixation, 90, 20),  // onset before: not counted
                                     MakeEvent(EventType::kFixation, 110, 25), MakeEvent(EventType::kSaccade, 135, 5, 5),
                                     MakeEvent(EventType::kFixation, 140, 75),  // onset inside, runs past: counted
                                     MakeEvent(EventType::kFixation, 250, 30)};
  metrics.AddEvents(events);
  std::vector<BehaviorResult> results;
  const double recording_pupil = (300 * 3.0 + 100 * 4.0) / 400;  // 3.25
  metrics.Finish(400 * kIntervalUs, recording_pupil, &results);
  ASSERT_EQ(results.size(), 1u);
  const BehaviorResult& r = results[0];
  EXPECT_EQ(r.behavior, "talk");
  EXPECT_FALSE(r.point);
  EXPECT_EQ(r.bouts, 2);
  EXPECT_DOUBLE_EQ(r.annotated_s, 0.4);
  EXPECT_EQ(r.clipped_s, 0);
  EXPECT_EQ(r.samples, 100);
  EXPECT_EQ(r.valid_samples, 99);
  EXPECT_DOUBLE_EQ(r.pupil_mean_mm, 4.0);
  EXPECT_NEAR(r.pupil_change_pct, 100 * (4 - 3.25) / 3.25, 1e-9);
  EXPECT_EQ(r.fixation_count, 2);
  EXPECT_DOUBLE_EQ(r.fixation_duration_mean_ms, (100 + 300) / 2.0);
  EXPECT_DOUBLE_EQ(r.fixation_rate_per_min, 60 * 2 / 0.4);
  EXPECT_EQ(r.saccade_count, 1);
  EXPECT_DOUBLE_EQ(r.saccade_amplitude_mean_deg, 5);
  EXPECT_DOUBLE_EQ(r.gaze_dispersion_deg, 0);  // the gaze sits still
}

TEST(BehaviorMetrics, GazeDispersionIsInDegreesOfVisualAngle) {
  // 100 samples 2 deg right of the centre, then 100 samples 2 deg left: the
  // horizontal angles' sample variance is 4 * 200/199 deg^2, the vertical 0.
  auto samples = testing::StepFunction(400, {200}, {{-2.0F, 0.0F}}, {2.0F, 0.0F});
  boris::BehaviorTimeline timeline;
  timeline.states.push_back({"look", 1, {{100 * kIntervalUs, 300 * kIntervalUs}}});
  BehaviorMetrics metrics(timeline, {}, testing::kScreen);
  metrics.AddSamples(samples);
  std::vector<BehaviorResult> results;
  metrics.Finish(400 * kIntervalUs, 3.0, &results);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_NEAR(results[0].gaze_dispersion_deg, std::sqrt(4.0 * 200 / 199), 1e-5);
}

TEST(BehaviorMetrics, AnnotationsPastTheEndAreClippedAndPointsGetAPupilResponse) {
  auto samples = testing::StepFunction(400, {}, {});
  for (int i = 300; i < 350; ++i) samples[static_cast<std::size_t>(i)].pupil_mm = 5;  // a response after the nod
  boris::BehaviorTimeline timeline;
  timeline.states.push_back({"walk", 1, {{350 * kIntervalUs, 500 * kIntervalUs}}});
  timeline.points.push_back({"nod", {300 * kIntervalUs, 900 * kIntervalUs}});  // the second after the end
  BehaviorSettings settings;
  settings.point_window_end_s = 0.2;  // 50 samples
  BehaviorMetrics metrics(timeline, settings, testing::kScreen);
  metrics.AddSamples(samples);
  std::vector<BehaviorResult> results;
  const double recording_pupil = (350 * 3.0 + 50 * 5.0) / 400;
  metrics.Finish(400 * kIntervalUs, recording_pupil, &results);
  ASSERT_EQ(results.size(), 2u);
  EXPECT_DOUBLE_EQ(results[0].annotated_s, 0.2);
  EXPECT_DOUBLE_EQ(results[0].clipped_s, 0.4);
  const BehaviorResult& nod = results[1];
  EXPECT_TRUE(nod.point);
  EXPECT_EQ(nod.events, 1);
  EXPECT_NEAR(nod.pupil_response_mm, 5 - recording_pupil, 1e-9);
}

}  // namespace
}  // namespace tobii::metrics
