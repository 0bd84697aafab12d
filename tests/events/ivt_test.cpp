#include "events/ivt.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "support/detect.h"
#include "support/step_function.h"

namespace tobii::events {
namespace {

using testing::LoseBothEyes;
using testing::StepFunction;

// At 250 Hz samples are 4 ms apart, so the 20 ms velocity window reaches two
// samples either side: a jump between samples k-1 and k makes samples
// k-2 .. k+1 fast.
constexpr std::int64_t kIntervalUs = 4000;

std::vector<Event> Detect(const std::vector<preprocess::GazeSample>& samples, std::size_t chunk = 4096,
                          IvtSettings ivt = {}) {
  Settings settings;
  settings.detector = "ivt";
  settings.ivt = ivt;
  return testing::DetectEvents(samples, settings, chunk);
}

std::string Describe(const std::vector<Event>& events) { return testing::DescribeEvents(events, kIntervalUs); }

TEST(Ivt, ThreeStepsGiveTwoFixationsAndOneSaccade) {
  const auto samples = StepFunction(200, {100}, {{10, 0}});
  const std::vector<Event> events = Detect(samples);
  ASSERT_EQ(Describe(events), "fixation[0,98) saccade[98,102) fixation[102,200) ");
  EXPECT_FLOAT_EQ(events[1].amplitude_deg, 10.0f);
  EXPECT_NEAR(events[1].peak_velocity_deg_per_s, 10.0 / 0.016, 1e-3);  // 10 deg over 4 intervals
  EXPECT_FLOAT_EQ(events[2].x_px, 400.0f);
}

TEST(Ivt, RecordingThatStartsAndEndsInsideFixationsKeepsThem) {
  const auto samples = StepFunction(40, {20}, {{5, 5}});
  const std::vector<Event> events = Detect(samples);
  ASSERT_EQ(Describe(events), "fixation[0,18) saccade[18,22) fixation[22,40) ");
  EXPECT_EQ(events.back().offset_us, 40 * kIntervalUs);  // last sample plus one interval
}

TEST(Ivt, ShortDataLossInsideAFixationIsBridged) {
  // 5 lost samples (20 ms: no blink) between two fixations on one spot: the
  // fixations are 20 ms and 0 deg apart, so they merge.
  auto samples = StepFunction(200, {}, {});
  LoseBothEyes(&samples, 100, 105);
  EXPECT_EQ(Describe(Detect(samples)), "fixation[0,200) ");
}

TEST(Ivt, SmallFastShiftMergesWhenWithinTheMergeAngle) {
  IvtSettings ivt;
  ivt.velocity_threshold_deg_per_s = 10;  // 0.3 deg over the 16 ms window is 18.75 deg/s
  const auto samples = StepFunction(200, {100}, {{0.3f, 0}});
  EXPECT_EQ(Describe(Detect(samples, 4096, ivt)), "fixation[0,200) ");
}

TEST(Ivt, MergeNeedsTheFixationsCloseInSpace) {
  IvtSettings ivt;
  ivt.velocity_threshold_deg_per_s = 10;
  const auto samples = StepFunction(200, {100}, {{0.8f, 0}});
  EXPECT_EQ(Describe(Detect(samples, 4096, ivt)), "fixation[0,98) saccade[98,102) fixation[102,200) ");
}

TEST(Ivt, ShortFixationIsDiscarded) {
  // The middle fixation lasts 10 samples (40 ms) minus the window: < 60 ms.
  const auto samples = StepFunction(220, {100, 110}, {{10, 0}, {20, 0}});
  EXPECT_EQ(Describe(Detect(samples)), "fixation[0,98) saccade[98,102) saccade[108,112) fixation[112,220) ");
}

TEST(Ivt, BothEyesLostForABlinkDurationIsABlink) {
  auto samples = StepFunction(200, {}, {});
  LoseBothEyes(&samples, 80, 110);  // 120 ms
  EXPECT_EQ(Describe(Detect(samples)), "fixation[0,80) blink[80,110) fixation[110,200) ");
}

TEST(Ivt, LongLossIsNotABlink) {
  auto samples = StepFunction(400, {}, {});
  LoseBothEyes(&samples, 50, 250);  // 800 ms
  EXPECT_EQ(Describe(Detect(samples)), "fixation[0,50) fixation[250,400) ");
}

TEST(Ivt, AllInvalidGivesNoEventsAndNoBlink) {
  auto samples = StepFunction(500, {}, {});
  LoseBothEyes(&samples, 0, 500);
  EXPECT_TRUE(Detect(samples).empty());
  // Blink-long, but the loss's length is unknown: it may have begun before
  // the recording.
  auto short_loss = StepFunction(50, {}, {});
  LoseBothEyes(&short_loss, 0, 50);
  EXPECT_TRUE(Detect(short_loss).empty());
}

TEST(Ivt, LossAtTheStartOrEndOfTheRecordingIsNoBlink) {
  auto samples = StepFunction(200, {}, {});
  LoseBothEyes(&samples, 0, 30);
  LoseBothEyes(&samples, 170, 200);
  EXPECT_EQ(Describe(Detect(samples)), "fixation[30,170) ");
}

TEST(Ivt, BlinkIsTheStretchWhereBothEyesAreLostWhateverTheEyeSelection) {
  // Under strict averaging the samples where one eye is already closed are
  // lost too; the blink is still the stretch with both eyes lost.
  auto samples = StepFunction(200, {}, {});
  LoseBothEyes(&samples, 80, 110);
  for (int i : {78, 79, 110, 111}) {
    samples[static_cast<std::size_t>(i)].valid = false;  // one eye lost: no gaze under strict selection
  }
  EXPECT_EQ(Describe(Detect(samples)), "fixation[0,78) blink[80,110) fixation[112,200) ");
}

TEST(Ivt, SaccadeAmplitudeDoesNotReachAcrossDataLoss) {
  // Fixating at 0 degrees, 2 s of track loss, then the gaze comes back at 10
  // and moves to 12: the saccade is 2 degrees, not 12.
  std::vector<int> steps = {1000};
  std::vector<std::pair<float, float>> values = {{10, 0}};
  for (int i = 1; i <= 4; ++i) {
    steps.push_back(1020 + i);
    values.emplace_back(10.0f + 0.5f * static_cast<float>(i), 0.0f);
  }
  auto samples = StepFunction(1200, steps, values);
  LoseBothEyes(&samples, 500, 1000);
  const std::vector<Event> events = Detect(samples);
  bool found = false;
  for (const Event& e : events) {
    if (e.type == EventType::kSaccade && e.onset_us > 1000 * kIntervalUs) {
      found = true;
      EXPECT_NEAR(e.amplitude_deg, 2.0, 1e-3);
    }
  }
  EXPECT_TRUE(found) << Describe(events);
}

TEST(Ivt, SingleValidSampleGivesNoEvent) {
  auto samples = StepFunction(1, {}, {});
  EXPECT_TRUE(Detect(samples).empty());
  EXPECT_TRUE(Detect({}).empty());
}

TEST(Ivt, GapAtTheWindowEdgeUsesTheValidSamples) {
  auto samples = StepFunction(200, {100}, {{10, 0}});
  LoseBothEyes(&samples, 99, 100);  // the sample before the jump is lost
  // Windows ending on the lost sample use the valid sample before it. The
  // lost sample splits the saccade in two until gap fill-in bridges it.
  const std::vector<Event> events = Detect(samples);
  ASSERT_EQ(Describe(events), "fixation[0,98) saccade[98,99) saccade[100,101) fixation[101,200) ");
  EXPECT_FLOAT_EQ(events[2].amplitude_deg, 10.0f);
}

TEST(Ivt, SaccadesTouchingLostSamplesCanBeDropped) {
  // The gaze slides just before a blink (the eyelid), as in real data.
  auto samples = StepFunction(200, {78}, {{3, 0}});
  LoseBothEyes(&samples, 80, 110);  // 120 ms
  EXPECT_EQ(Describe(Detect(samples)), "fixation[0,76) saccade[76,80) blink[80,110) fixation[110,200) ");
  IvtSettings ivt;
  ivt.drop_saccades_at_loss = true;
  EXPECT_EQ(Describe(Detect(samples, 4096, ivt)), "fixation[0,76) blink[80,110) fixation[110,200) ");
  // ... and just after it, as the lid opens.
  auto after = StepFunction(200, {112}, {{3, 0}});
  LoseBothEyes(&after, 80, 110);
  EXPECT_EQ(Describe(Detect(after)), "fixation[0,80) blink[80,110) saccade[110,114) fixation[114,200) ");
  EXPECT_EQ(Describe(Detect(after, 4096, ivt)), "fixation[0,80) blink[80,110) fixation[114,200) ");
}

TEST(Ivt, ASaccadeRightAfterAnotherCanBeItsPostSaccadicOscillation) {
  // A 10-degree saccade overshoots by 1 degree and comes back 6 samples
  // (24 ms) later: two saccades 8 ms apart, the fixation between them too
  // short to keep.
  const auto samples = StepFunction(200, {100, 106}, {{11, 0}, {10, 0}});
  EXPECT_EQ(Describe(Detect(samples)), "fixation[0,98) saccade[98,102) saccade[104,108) fixation[108,200) ");
  IvtSettings ivt;
  ivt.post_saccadic_max_ms = 40;
  EXPECT_EQ(Describe(Detect(samples, 4096, ivt)), "fixation[0,98) saccade[98,102) fixation[108,200) ");
}

TEST(Ivt, DirectionsAloneAreEnough) {
  // A head-mounted tracker: gaze directions, no screen.
  auto samples = StepFunction(200, {100}, {{10, 0}});
  for (auto& g : samples) g.gaze_x_mm = g.gaze_y_mm = g.eye_x_mm = g.eye_y_mm = g.eye_z_mm = kMissing;
  const std::vector<Event> events = Detect(samples);
  ASSERT_EQ(Describe(events), "fixation[0,98) saccade[98,102) fixation[102,200) ");
  EXPECT_NEAR(events[1].amplitude_deg, 10.0, 1e-4);
  EXPECT_NEAR(events[1].dispersion_deg, 10.0, 1e-4);
}

TEST(Ivt, ClockThatStandsStillGivesNoVelocityAndNoEvents) {
  auto samples = StepFunction(20000, {10000}, {{10, 0}});
  for (auto& s : samples) s.time_us = 0;  // the window stays bounded by its sample cap
  EXPECT_TRUE(Detect(samples).empty());
}

TEST(Ivt, SameEventsForAnyChunkSize) {
  const unsigned seed = 20261124;
  std::mt19937 random(seed);
  std::normal_distribution<float> noise(0, 0.05f);
  std::vector<int> steps;
  std::vector<std::pair<float, float>> values;
  for (int at = 50; at < 5000; at += 40 + static_cast<int>(random() % 80)) {
    steps.push_back(at);
    values.emplace_back(static_cast<float>(random() % 20), static_cast<float>(random() % 10));
  }
  auto samples = StepFunction(5000, steps, values);
  for (auto& s : samples) {
    const preprocess::DirectionDeg d = preprocess::GazeDirectionDeg(s, testing::kScreen);
    testing::SetGazeDegrees(&s, d.x + noise(random), d.y + noise(random));
  }
  for (int gap = 300; gap < 5000; gap += 700) LoseBothEyes(&samples, gap, gap + 5 + gap % 60);
  const std::vector<Event> reference = Detect(samples);
  ASSERT_GT(reference.size(), 100u) << "seed " << seed;
  for (std::size_t chunk : {1, 7, 64, 1000}) {
    EXPECT_EQ(Describe(Detect(samples, chunk)), Describe(reference)) << "chunk " << chunk << ", seed " << seed;
  }
  for (std::size_t i = 1; i < reference.size(); ++i) {
    EXPECT_LE(reference[i - 1].offset_us, reference[i].onset_us) << "events overlap, seed " << seed;
    EXPECT_LT(reference[i].onset_us, reference[i].offset_us);
  }
}

}  // namespace
}  // namespace tobii::events
