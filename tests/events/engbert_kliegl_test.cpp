#include "events/engbert_kliegl.h"

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

// 250 Hz, 4 ms a sample: the default 12 ms minimum saccade is 3 samples.
constexpr std::int64_t kIntervalUs = 4000;

Settings EkSettings() {
  Settings settings;
  settings.detector = "engbert_kliegl";
  return settings;
}

std::string Detect(const std::vector<preprocess::GazeSample>& samples, Settings settings = EkSettings(),
                   std::size_t chunk = 4096) {
  return testing::DescribeEvents(testing::DetectEvents(samples, settings, chunk), kIntervalUs);
}

// Adds Gaussian noise of `sd_deg` to every gaze point (seeded).
void AddNoise(std::vector<preprocess::GazeSample>* samples, double sd_deg, unsigned seed) {
  std::mt19937 random(seed);
  std::normal_distribution<double> noise(0, sd_deg);
  for (auto& s : *samples) {
    const preprocess::DirectionDeg d = preprocess::GazeDirectionDeg(s, testing::kScreen);
    testing::SetGazeDegrees(&s, d.x + noise(random), d.y + noise(random));
  }
}

TEST(EngbertKliegl, AJumpIsOneSaccadeBetweenTwoFixations) {
  // A jump between samples 249 and 250 moves the five-sample velocity of
  // samples 248..251. The first and last two samples have no velocity.
  EXPECT_EQ(Detect(StepFunction(500, {250}, {{10, 0}})), "fixation[2,248) saccade[248,252) fixation[252,498) ");
}

TEST(EngbertKliegl, ThresholdFollowsTheNoise) {
  // Noise of 0.02 deg: lambda 6 keeps fixational noise below the threshold,
  // while a 1-degree microsaccade-sized jump stands out.
  auto samples = StepFunction(2500, {1250}, {{1, 0}});
  AddNoise(&samples, 0.02, 7);
  EXPECT_EQ(Detect(samples), "fixation[2,1248) saccade[1248,1252) fixation[1252,2498) ");
  // Ten times the noise hides the same jump.
  auto noisy = StepFunction(2500, {1250}, {{1, 0}});
  AddNoise(&noisy, 0.2, 7);
  EXPECT_EQ(Detect(noisy), "fixation[2,2498) ");
}

TEST(EngbertKliegl, EachNoiseBlockHasItsOwnThreshold) {
  // 10 s blocks at 250 Hz are 2500 samples. The first block is noisy, the
  // second quiet: the jump in the quiet block is found with its own
  // threshold, though the noisy block's would hide it.
  auto samples = StepFunction(5000, {3750}, {{1, 0}});
  std::vector<preprocess::GazeSample> first(samples.begin(), samples.begin() + 2500);
  std::vector<preprocess::GazeSample> second(samples.begin() + 2500, samples.end());
  AddNoise(&first, 0.2, 11);
  AddNoise(&second, 0.02, 12);
  std::copy(first.begin(), first.end(), samples.begin());
  std::copy(second.begin(), second.end(), samples.begin() + 2500);
  const std::string events = Detect(samples);
  EXPECT_NE(events.find("saccade[3748,3752)"), std::string::npos) << events;
}

TEST(EngbertKliegl, RunsShorterThanTheMinimumAreFixation) {
  Settings settings = EkSettings();
  settings.engbert_kliegl.min_saccade_duration_ms = 20;  // 5 samples: the jump's 4 are too few
  EXPECT_EQ(Detect(StepFunction(500, {250}, {{10, 0}}), settings), "fixation[2,498) ");
}

TEST(EngbertKliegl, LostSamplesHaveNoVelocityAroundThem) {
  auto samples = StepFunction(500, {}, {});
  LoseBothEyes(&samples, 200, 230);  // 120 ms: a blink
  // The two samples either side of the loss lack a neighbour for the
  // velocity and stay unclassified.
  EXPECT_EQ(Detect(samples), "fixation[2,198) blink[200,230) fixation[232,498) ");
}

TEST(EngbertKliegl, RecordingThatEndsInsideASaccadeKeepsIt) {
  // From sample 490 the gaze moves 1 degree a sample (250 deg/s). The noise
  // is zero, so the mean-based SD stands in: about 31 deg/s over the 496
  // velocities, a threshold of about 190 deg/s. The ramp's first samples
  // (velocities 42, 125 deg/s) stay under it; from 490 (208) on it is a
  // saccade, up to the last sample with a velocity.
  std::vector<int> steps;
  std::vector<std::pair<float, float>> values;
  for (int i = 490; i < 500; ++i) {
    steps.push_back(i);
    values.emplace_back(static_cast<float>(i - 489), 0);
  }
  EXPECT_EQ(Detect(StepFunction(500, steps, values)), "fixation[2,490) saccade[490,498) ");
}

TEST(EngbertKliegl, AllInvalidOrTooFewSamplesGiveNoEvents) {
  auto samples = StepFunction(300, {}, {});
  LoseBothEyes(&samples, 0, 300);
  EXPECT_EQ(Detect(samples), "");
  EXPECT_EQ(Detect(StepFunction(1, {}, {})), "");
  EXPECT_EQ(Detect(StepFunction(4, {}, {})), "");  // no sample has four neighbours
  EXPECT_EQ(Detect({}), "");
}

}  // namespace
}  // namespace tobii::events
