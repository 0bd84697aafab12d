// EventBuilder: runs of labels to events, with merging, the minimum
// fixation duration and blinks, the same for any chunking.

#include "events/event_builder.h"

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "support/detect.h"
#include "support/step_function.h"

namespace tobii::events {
namespace {

using testing::DescribeEvents;
using testing::LoseBothEyes;
using testing::StepFunction;

constexpr std::int64_t kIntervalUs = 4000;  // 250 Hz, StepFunction's default

// Samples labelled by runs: {class, count} in order. The gaze jumps 5 deg
// at every saccade run, so fixations either side are far apart.
std::vector<LabelledSample> Labelled(const std::vector<std::pair<SampleClass, int>>& runs) {
  int length = 0;
  for (const auto& [label, count] : runs) length += count;
  std::vector<preprocess::GazeSample> gaze = StepFunction(length, {}, {});
  std::vector<LabelledSample> out;
  float x_deg = 0;
  int at = 0;
  for (const auto& [label, count] : runs) {
    if (label == SampleClass::kSaccade) x_deg += 5;
    if (label == SampleClass::kLost) LoseBothEyes(&gaze, at, at + count);
    for (int i = 0; i < count; ++i, ++at) {
      preprocess::GazeSample& g = gaze[static_cast<std::size_t>(at)];
      if (label != SampleClass::kLost) {
        testing::SetGazeDegrees(&g, x_deg, 0);
        g.x_px = x_deg * 40;  // StepFunction's map from degrees to pixels
      }
      out.push_back({.gaze = g, .velocity_deg_per_s = label == SampleClass::kSaccade ? 300.0f : 5.0f, .label = label});
    }
  }
  return out;
}

std::vector<Event> Build(const std::vector<LabelledSample>& samples, const EventBuilderOptions& options,
                         std::size_t chunk = 4096) {
  EventBuilder builder(options);
  std::vector<Event> events;
  for (std::size_t i = 0; i < samples.size(); i += chunk) {
    builder.Push(std::span(samples).subspan(i, std::min(chunk, samples.size() - i)), &events);
  }
  builder.Finish(&events);
  return events;
}

constexpr SampleClass kFix = SampleClass::kFixation;
constexpr SampleClass kSac = SampleClass::kSaccade;
constexpr SampleClass kLost = SampleClass::kLost;
constexpr SampleClass kNone = SampleClass::kUnclassified;

TEST(EventBuilder, RunsOfOneLabelAreOneEventEachSharingTheirBoundaries) {
  const std::vector<Event> events = Build(Labelled({{kFix, 50}, {kSac, 5}, {kFix, 40}, {kNone, 3}}), {});
  EXPECT_EQ(DescribeEvents(events, kIntervalUs), "fixation[0,50) saccade[50,55) fixation[55,95) ");
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].index, 1);
  EXPECT_EQ(events[1].index, 1);
  EXPECT_EQ(events[2].index, 2);
  EXPECT_FLOAT_EQ(events[1].peak_velocity_deg_per_s, 300.0f);
  EXPECT_NEAR(events[1].amplitude_deg, 5.0, 0.01);  // from the sample before it to where it lands
  EXPECT_FLOAT_EQ(events[1].start_x_px, 0.0f);          // the last fixation sample
  EXPECT_FLOAT_EQ(events[1].x_px, 200.0f);              // the first sample it lands on
}

TEST(EventBuilder, ShortFixationsAreDroppedAndCloseOnesMerge) {
  const std::vector<LabelledSample> samples = Labelled({{kFix, 50}, {kNone, 5}, {kFix, 50}, {kSac, 5}, {kFix, 10}});
  EventBuilderOptions tobii;
  tobii.merge_fixations = true;
  tobii.merge_max_gap_ms = 75;
  tobii.merge_max_angle_deg = 0.5;
  tobii.min_fixation_duration_ms = 60;
  // 20 ms apart at one place: one fixation over the gap; 40 ms after the
  // saccade: too short, left unclassified.
  EXPECT_EQ(DescribeEvents(Build(samples, tobii), kIntervalUs), "fixation[0,105) saccade[105,110) ");
  EventBuilderOptions plain;
  EXPECT_EQ(DescribeEvents(Build(samples, plain), kIntervalUs),
            "fixation[0,50) fixation[55,105) saccade[105,110) fixation[110,120) ");
}

TEST(EventBuilder, ABlinkIsALossOfBothEyesAsLongAsABlink) {
  EventBuilderOptions options;  // blinks of 75-500 ms (settings.h)
  // 100 ms lost between fixations: a blink; 20 ms: track loss, no event.
  EXPECT_EQ(DescribeEvents(Build(Labelled({{kFix, 50}, {kLost, 25}, {kFix, 50}}), options), kIntervalUs),
            "fixation[0,50) blink[50,75) fixation[75,125) ");
  EXPECT_EQ(DescribeEvents(Build(Labelled({{kFix, 50}, {kLost, 5}, {kFix, 50}}), options), kIntervalUs),
            "fixation[0,50) fixation[55,105) ");
  // A second is longer than any blink.
  EXPECT_EQ(DescribeEvents(Build(Labelled({{kFix, 50}, {kLost, 250}, {kFix, 50}}), options), kIntervalUs),
            "fixation[0,50) fixation[300,350) ");
}

TEST(EventBuilder, TheSameEventsForAnyChunking) {
  const std::vector<LabelledSample> samples = Labelled(
      {{kFix, 50}, {kNone, 5}, {kFix, 50}, {kSac, 5}, {kFix, 10}, {kLost, 30}, {kFix, 80}, {kSac, 4}, {kFix, 60}});
  EventBuilderOptions tobii;
  tobii.merge_fixations = true;
  tobii.merge_max_gap_ms = 75;
  tobii.merge_max_angle_deg = 0.5;
  tobii.min_fixation_duration_ms = 60;
  const std::string whole = DescribeEvents(Build(samples, tobii), kIntervalUs);
  EXPECT_EQ(whole, "fixation[0,105) saccade[105,110) blink[120,150) fixation[150,230) saccade[230,234) "
                   "fixation[234,294) ");
  for (std::size_t chunk : {1u, 3u, 50u}) {
    EXPECT_EQ(DescribeEvents(Build(samples, tobii, chunk), kIntervalUs), whole) << "chunks of " << chunk;
  }
}

}  // namespace
}  // namespace tobii::events
