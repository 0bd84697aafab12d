// VelocityStage: Olsen's windowed angular velocity, one output per input
// sample, whatever the chunking.

#include "events/velocity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <span>
#include <vector>

#include "support/step_function.h"

namespace tobii::events {
namespace {

using testing::LoseBothEyes;
using testing::SetGazeDegrees;
using testing::StepFunction;

constexpr double kHz = 250;
constexpr double kWindowMs = 20;  // Pro Lab's default (settings.h)

// The gaze sweeping right at `deg_per_s`, every sample valid.
std::vector<preprocess::GazeSample> Sweep(int length, double deg_per_s) {
  std::vector<preprocess::GazeSample> samples = StepFunction(length, {}, {});
  for (int i = 0; i < length; ++i) {
    SetGazeDegrees(&samples[static_cast<std::size_t>(i)], deg_per_s * i / kHz, 0);
  }
  return samples;
}

std::vector<LabelledSample> Measure(std::span<const preprocess::GazeSample> samples, std::size_t chunk) {
  VelocityStage stage(kWindowMs);
  std::vector<LabelledSample> out;
  for (std::size_t i = 0; i < samples.size(); i += chunk) {
    stage.Push(samples.subspan(i, std::min(chunk, samples.size() - i)), &out);
  }
  stage.Finish(&out);
  return out;
}

TEST(Velocity, ASteadySweepMeasuresItsAngularSpeed) {
  const std::vector<preprocess::GazeSample> samples = Sweep(200, 40.0);
  const std::vector<LabelledSample> measured = Measure(samples, 4096);
  ASSERT_EQ(measured.size(), samples.size());
  // Small angles off the axis through the eye: the angle between two
  // directions is their difference in degrees, to well within 0.1 deg/s.
  for (std::size_t i = 0; i < measured.size(); ++i) {
    EXPECT_EQ(measured[i].gaze.time_us, samples[i].time_us);
    EXPECT_EQ(measured[i].label, SampleClass::kUnclassified);
    EXPECT_NEAR(measured[i].velocity_deg_per_s, 40.0, 0.1) << "sample " << i;
  }
}

TEST(Velocity, LostSamplesAreLabelledLostAndAnIsolatedSampleHasNoVelocity) {
  std::vector<preprocess::GazeSample> samples = Sweep(60, 40.0);
  LoseBothEyes(&samples, 20, 30);
  LoseBothEyes(&samples, 31, 40);  // sample 30 alone between two losses
  const std::vector<LabelledSample> measured = Measure(samples, 4096);
  ASSERT_EQ(measured.size(), samples.size());
  for (int i = 20; i < 40; ++i) {
    if (i == 30) continue;
    EXPECT_EQ(measured[static_cast<std::size_t>(i)].label, SampleClass::kLost) << i;
  }
  EXPECT_EQ(measured[30].label, SampleClass::kUnclassified);
  EXPECT_TRUE(std::isnan(measured[30].velocity_deg_per_s));
  // Beside a loss the window reaches its one valid neighbour: still measured.
  EXPECT_NEAR(measured[19].velocity_deg_per_s, 40.0, 0.1);
  EXPECT_NEAR(measured[40].velocity_deg_per_s, 40.0, 0.1);
}

TEST(Velocity, TheSameVelocitiesForAnyChunking) {
  std::vector<preprocess::GazeSample> samples = StepFunction(500, {100, 103, 300}, {{5, 0}, {5, 5}, {-3, 2}});
  LoseBothEyes(&samples, 200, 230);
  const std::vector<LabelledSample> whole = Measure(samples, samples.size());
  for (std::size_t chunk : {1u, 2u, 7u, 64u}) {
    const std::vector<LabelledSample> chunked = Measure(samples, chunk);
    ASSERT_EQ(chunked.size(), whole.size()) << "chunks of " << chunk;
    for (std::size_t i = 0; i < whole.size(); ++i) {
      EXPECT_EQ(chunked[i].gaze.time_us, whole[i].gaze.time_us);
      EXPECT_EQ(chunked[i].label, whole[i].label);
      // Bit for bit: NaN where the whole pass has NaN.
      EXPECT_TRUE(chunked[i].velocity_deg_per_s == whole[i].velocity_deg_per_s ||
                  (std::isnan(chunked[i].velocity_deg_per_s) && std::isnan(whole[i].velocity_deg_per_s)))
          << "sample " << i << ", chunks of " << chunk;
    }
  }
}

}  // namespace
}  // namespace tobii::events
