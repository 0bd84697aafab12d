// RecordingMetrics: a recording's quality, event and pupil figures from the
// samples and events it is shown once each.

#include "metrics/recording_metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "support/step_function.h"

namespace tobii::metrics {
namespace {

using testing::LoseBothEyes;
using testing::StepFunction;

Event MakeEvent(EventType type, std::int64_t onset_us, std::int64_t offset_us) {
  Event e;
  e.type = type;
  e.onset_us = onset_us;
  e.offset_us = offset_us;
  return e;
}

TEST(RecordingMetrics, QualityCountsEverySampleOnceAndTheLastCoversOneInterval) {
  // 250 samples at 250 Hz: 1 s, the last sample's interval included.
  std::vector<preprocess::GazeSample> samples = StepFunction(250, {}, {});
  LoseBothEyes(&samples, 100, 150);  // 50 lost: no gaze, no pupil
  for (int i = 0; i < 25; ++i) samples[static_cast<std::size_t>(i)].on_screen = false;
  RecordingMetrics metrics;
  metrics.AddSamples(std::span(samples).first(120));
  metrics.AddSamples(std::span(samples).subspan(120));
  RecordingResult r;
  metrics.Finish(&r);
  EXPECT_EQ(r.samples, 250);
  EXPECT_EQ(r.valid_samples, 200);
  EXPECT_EQ(r.on_screen_samples, 175);
  EXPECT_DOUBLE_EQ(r.duration_s, 1.0);
  EXPECT_NEAR(r.sampling_rate_hz, 250.0, 0.5);
  EXPECT_DOUBLE_EQ(r.validity_pct(), 80.0);
  EXPECT_DOUBLE_EQ(r.pupil_mean_mm, 3.0);
  EXPECT_EQ(metrics.end_us(), 1'000'000);
}

TEST(RecordingMetrics, EventsGiveCountsMeansAndTheBlinkRate) {
  std::vector<preprocess::GazeSample> samples = StepFunction(2500, {}, {});  // 10 s
  RecordingMetrics metrics;
  metrics.AddSamples(samples);
  Event fixation = MakeEvent(EventType::kFixation, 0, 200'000);
  fixation.rms_s2s_deg = 0.03f;
  fixation.s2s_pairs = 10;
  Event longer = MakeEvent(EventType::kFixation, 300'000, 700'000);
  longer.rms_s2s_deg = 0.06f;
  longer.s2s_pairs = 30;
  Event saccade = MakeEvent(EventType::kSaccade, 200'000, 240'000);
  saccade.amplitude_deg = 4;
  saccade.peak_velocity_deg_per_s = 200;
  const std::vector<Event> events = {fixation, saccade, longer, MakeEvent(EventType::kBlink, 800'000, 950'000),
                                     MakeEvent(EventType::kBlink, 2'000'000, 2'100'000)};
  metrics.AddEvents(events);
  RecordingResult r;
  metrics.Finish(&r);
  EXPECT_EQ(r.fixation_count, 2);
  EXPECT_DOUBLE_EQ(r.fixation_duration_mean_ms, 300.0);
  EXPECT_EQ(r.saccade_count, 1);
  EXPECT_DOUBLE_EQ(r.saccade_amplitude_mean_deg, 4.0);
  EXPECT_DOUBLE_EQ(r.saccade_peak_velocity_mean_deg_per_s, 200.0);
  EXPECT_EQ(r.blink_count, 2);
  EXPECT_DOUBLE_EQ(r.blink_duration_mean_ms, 125.0);
  EXPECT_DOUBLE_EQ(r.blink_rate_per_min, 12.0);  // 2 in 10 s
  // Precision pools the sample pairs of all fixations, not their RMS values.
  EXPECT_NEAR(r.precision_rms_s2s_deg, std::sqrt((10 * 0.03 * 0.03 + 30 * 0.06 * 0.06) / 40), 1e-7);
}

TEST(RecordingMetrics, AnEmptyRecordingHasNoMeans) {
  RecordingMetrics metrics;
  RecordingResult r;
  metrics.Finish(&r);
  EXPECT_EQ(r.samples, 0);
  EXPECT_EQ(r.duration_s, 0.0);
  EXPECT_TRUE(std::isnan(r.fixation_duration_mean_ms));
  EXPECT_TRUE(std::isnan(r.precision_rms_s2s_deg));
  EXPECT_TRUE(std::isnan(r.pupil_mean_mm));
  EXPECT_EQ(metrics.end_us(), 0);
}

}  // namespace
}  // namespace tobii::metrics
