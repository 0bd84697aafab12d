#include "events/idt.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/detect.h"
#include "support/step_function.h"

namespace tobii::events {
namespace {

using testing::LoseBothEyes;
using testing::StepFunction;

// 250 Hz: 4 ms a sample, so the default 100 ms window is 25 samples.
constexpr std::int64_t kIntervalUs = 4000;

std::string Detect(const std::vector<preprocess::GazeSample>& samples, IdtSettings idt = {},
                   std::size_t chunk = 4096) {
  Settings settings;
  settings.detector = "idt";
  settings.idt = idt;
  return testing::DescribeEvents(testing::DetectEvents(samples, settings, chunk), kIntervalUs);
}

// A saccade of three intermediate samples from (0, 0) to (10, 0) starting at
// sample 100: 100 -> 2.5, 101 -> 5, 102 -> 7.5, 103 on -> 10 degrees.
std::vector<preprocess::GazeSample> SaccadeAt100(int length) {
  return StepFunction(length, {100, 101, 102, 103}, {{2.5f, 0}, {5, 0}, {7.5f, 0}, {10, 0}});
}

TEST(Idt, FixationSaccadeFixation) {
  // Every window that reaches into the moving samples is too dispersed, so
  // 100, 101 and 102 are saccade samples; the window from 103 is compact.
  EXPECT_EQ(Detect(SaccadeAt100(200)), "fixation[0,100) saccade[100,103) fixation[103,200) ");
}

TEST(Idt, AnInstantaneousJumpSeparatesTwoFixationsWithNoSaccade) {
  EXPECT_EQ(Detect(StepFunction(200, {100}, {{10, 0}})), "fixation[0,100) fixation[100,200) ");
}

TEST(Idt, DispersionWithinTheThresholdIsOneFixation) {
  EXPECT_EQ(Detect(StepFunction(200, {100}, {{0.9f, 0}})), "fixation[0,200) ");
  // Dispersion adds both axes: 0.6 + 0.6 = 1.2 degrees.
  EXPECT_EQ(Detect(StepFunction(200, {100}, {{0.6f, 0.6f}})), "fixation[0,100) fixation[100,200) ");
}

TEST(Idt, AFixationNeedsTheMinimumDuration) {
  // Sitting 24 samples (96 ms) between two saccades is too short for 100 ms;
  // 25 samples (100 ms) is enough.
  const auto samples_24 = StepFunction(200, {100, 124}, {{10, 0}, {20, 0}});
  EXPECT_EQ(Detect(samples_24), "fixation[0,100) saccade[100,124) fixation[124,200) ");
  const auto samples_25 = StepFunction(200, {100, 125}, {{10, 0}, {20, 0}});
  EXPECT_EQ(Detect(samples_25), "fixation[0,100) fixation[100,125) fixation[125,200) ");
}

TEST(Idt, RecordingThatEndsInsideASaccadeLeavesItsTailUnclassified) {
  // From sample 180 the gaze moves 1 degree a sample from 2 degrees: no
  // window is compact, and the last 20 samples never make a full window.
  std::vector<int> steps;
  std::vector<std::pair<float, float>> values;
  for (int i = 180; i < 200; ++i) {
    steps.push_back(i);
    values.emplace_back(static_cast<float>(i - 178), 0);
  }
  EXPECT_EQ(Detect(StepFunction(200, steps, values)), "fixation[0,180) ");
}

TEST(Idt, LostSamplesEndTheWindowAndShortTailsStayUnclassified) {
  auto samples = StepFunction(200, {}, {});
  LoseBothEyes(&samples, 10, 13);  // cuts the first window at 10 samples
  EXPECT_EQ(Detect(samples), "fixation[13,200) ");
  LoseBothEyes(&samples, 100, 130);  // 120 ms: a blink inside the fixation
  EXPECT_EQ(Detect(samples), "fixation[13,100) blink[100,130) fixation[130,200) ");
}

TEST(Idt, AllInvalidOrOneSampleGivesNoEvents) {
  auto samples = StepFunction(300, {}, {});
  LoseBothEyes(&samples, 0, 300);
  EXPECT_EQ(Detect(samples), "");
  EXPECT_EQ(Detect(StepFunction(1, {}, {})), "");
  EXPECT_EQ(Detect({}), "");
}

TEST(Idt, EventPropertiesFollowTheSharedConventions) {
  Settings settings;
  settings.detector = "idt";
  const std::vector<Event> events = testing::DetectEvents(SaccadeAt100(200), settings);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].index, 1);
  EXPECT_EQ(events[1].index, 1);  // the first saccade
  EXPECT_EQ(events[2].index, 2);
  EXPECT_NEAR(events[1].amplitude_deg, 10.0, 1e-4);  // from the sample before to where it lands
  EXPECT_NEAR(events[1].dispersion_deg, 5.0, 1e-4);  // its own samples: 2.5 .. 7.5
  EXPECT_NEAR(events[2].dispersion_deg, 0.0, 1e-4);
  EXPECT_FLOAT_EQ(events[2].x_px, 400.0f);
}

}  // namespace
}  // namespace tobii::events
