#include "boris/alignment.h"

#include <gtest/gtest.h>

namespace tobii::boris {
namespace {

Bout State(const char* behavior, double start, double stop, const char* subject = "", const char* modifiers = "") {
  return {subject, behavior, modifiers, BoutKind::kState, start, stop, ""};
}
Bout Point(const char* behavior, double t, const char* subject = "") {
  return {subject, behavior, "", BoutKind::kPoint, t, t, ""};
}

TEST(Alignment, OffsetsMoveBoutsOntoTheRecordingClock) {
  Observation o;
  o.id = "P1";
  o.time_offset_s = 100;  // BORIS added it to every time
  o.bouts = {State("talk", 110, 112.5), Point("nod", 111)};
  const ClockSync clock{2.0, 0.0};  // the recording started 2 s into the video
  std::vector<Problem> problems;
  const BehaviorTimeline t = AlignObservation(o, "f.tsv", {}, clock, &problems);
  ASSERT_EQ(t.states.size(), 1u);
  EXPECT_EQ(t.states[0].intervals_us, (std::vector<std::pair<std::int64_t, std::int64_t>>{{8'000'000, 10'500'000}}));
  ASSERT_EQ(t.points.size(), 1u);
  EXPECT_EQ(t.points[0].times_us, std::vector<std::int64_t>{9'000'000});
  EXPECT_TRUE(problems.empty());
}

TEST(Alignment, MarkersAndTheSyncEventAreNoBehaviours) {
  Observation o;
  o.bouts = {Point("Sync", 1), Point("clap", 2), Point("nod", 3), State("Talk", 4, 5)};
  std::vector<Problem> problems;
  BehaviorSettings settings;  // markers: "sync" by default, any case
  BehaviorTimeline t = AlignObservation(o, "f", settings, ClockSync{}, &problems);
  ASSERT_EQ(t.points.size(), 2u);
  EXPECT_EQ(t.points[0].behavior, "clap");
  EXPECT_EQ(t.points[1].behavior, "nod");
  ASSERT_EQ(t.states.size(), 1u);

  settings.sync_event = "CLAP";
  t = AlignObservation(o, "f", settings, ClockSync{}, &problems);
  ASSERT_EQ(t.points.size(), 1u);
  EXPECT_EQ(t.points[0].behavior, "nod");

  settings.sync_event.clear();
  settings.markers = {"talk"};  // "sync" is analysed when the list leaves it out
  t = AlignObservation(o, "f", settings, ClockSync{}, &problems);
  EXPECT_EQ(t.points.size(), 3u);
  EXPECT_TRUE(t.states.empty());
  EXPECT_TRUE(problems.empty());
}

TEST(Alignment, DriftStretchesMediaTimeFromItsStart) {
  // A video clock 1000 ppm fast: 100 media seconds are 99.9 recording
  // seconds, counted from media time 0 (where the offset applies).
  Observation o;
  o.time_offset_s = 10;
  o.bouts = {Point("clap", 10), Point("nod", 110)};
  std::vector<Problem> problems;
  const BehaviorTimeline t = AlignObservation(o, "f", {}, ClockSync{-1.0, 1000.0}, &problems);
  ASSERT_EQ(t.points.size(), 2u);
  EXPECT_EQ(t.points[0].times_us, std::vector<std::int64_t>{1'000'000});    // clap: media 0 s
  EXPECT_EQ(t.points[1].times_us, std::vector<std::int64_t>{100'900'000});  // nod: 100 + 1 - 0.1 s
}

TEST(Alignment, BoutsOfOneBehaviourAreJoinedAndCountedApart) {
  Observation o;
  o.bouts = {State("r", 1, 3, "", "m1"), State("r", 2, 4, "", "None"), State("r", 6, 7)};
  std::vector<Problem> problems;
  const BehaviorTimeline t = AlignObservation(o, "f", {}, {}, &problems);
  ASSERT_EQ(t.states.size(), 1u);
  EXPECT_EQ(t.states[0].bouts, 3);
  EXPECT_EQ(t.states[0].intervals_us,
            (std::vector<std::pair<std::int64_t, std::int64_t>>{{1'000'000, 4'000'000}, {6'000'000, 7'000'000}}));
}

TEST(Alignment, SubjectsBeforeTheStartAndOverlapsAreReported) {
  Observation o;
  o.id = "obs";
  o.bouts = {State("talk", -2, 1, "child"), Point("nod", -1, "child"), State("hold", 0.5, 3, "child"),
             State("talk", 5, 6, "experimenter")};
  std::vector<Problem> problems;
  BehaviorTimeline t = AlignObservation(o, "f", {}, {}, &problems);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].message,
            "observation \"obs\": 2.000 s of states and 1 point events lie before the recording's start: clipped");
  EXPECT_EQ(problems[1].message,
            "observation \"obs\": subjects \"child\", \"experimenter\" are counted together; choose one with "
            "--boris-subject");
  EXPECT_EQ(problems[2].message,
            "observation \"obs\": states of different behaviours overlap (\"hold\" and \"talk\" 0.500 s): samples in "
            "both count for both");
  // One subject chosen: the other's bouts are gone, and so is the warning.
  BehaviorSettings child;
  child.subject = "child";
  problems.clear();
  t = AlignObservation(o, "f", child, {}, &problems);
  ASSERT_EQ(t.states.size(), 2u);
  EXPECT_EQ(t.states[1].behavior, "talk");
  EXPECT_EQ(t.states[1].intervals_us, (std::vector<std::pair<std::int64_t, std::int64_t>>{{0, 1'000'000}}));
  EXPECT_EQ(problems.size(), 2u);
}

}  // namespace
}  // namespace tobii::boris
