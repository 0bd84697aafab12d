#include "analysis/gaze_maps.h"

#include <gtest/gtest.h>

#include <numeric>

namespace tobii::analysis {
namespace {

RecordingResult WithGaze(const char* participant, const char* group, std::vector<std::uint32_t> counts) {
  RecordingResult r;
  r.participant_id = participant;
  r.group = group;
  r.on_screen_samples = std::accumulate(counts.begin(), counts.end(), std::int64_t{0});
  r.figure_data.gaze = {4, 2, 527, 296, 650, std::move(counts)};
  return r;
}

// A recording on a screen of another shape: a grid of 4 x 3 cells.
RecordingResult OnSquarerScreen(const char* participant, const char* group, std::uint32_t gaze) {
  RecordingResult r;
  r.participant_id = participant;
  r.group = group;
  r.on_screen_samples = gaze;
  r.figure_data.gaze = {4, 3, 376, 301, 650, std::vector<std::uint32_t>(12, 0)};
  if (gaze > 0) r.figure_data.gaze.counts[5] = gaze;
  return r;
}

double Sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

TEST(GazeMaps, SmoothingSpreadsMassSymmetrically) {
  std::vector<double> grid(5 * 5, 0.0);
  grid[12] = 1.0;  // the centre
  const std::vector<double> smooth = GaussianSmooth(grid, 5, 5, 0.8, 0.8);
  EXPECT_NEAR(Sum(smooth), 1.0, 0.01);  // little leaves a 5 x 5 grid at sigma 0.8
  EXPECT_LT(smooth[12], 1.0);
  EXPECT_DOUBLE_EQ(smooth[11], smooth[13]);
  EXPECT_DOUBLE_EQ(smooth[7], smooth[17]);
  EXPECT_GT(smooth[11], smooth[10]);
  EXPECT_EQ(GaussianSmooth(grid, 5, 5, 0, 0), grid);  // sigma 0: unchanged
}

TEST(GazeMaps, EveryParticipantWeighsTheSame) {
  // P1 looked left for twice as long in two recordings; P2 right. Without
  // smoothing each is half the group's map, however many samples.
  const std::vector<RecordingResult> results = {
      WithGaze("P1", "Control", {100, 0, 0, 0, 0, 0, 0, 0}), WithGaze("P1", "Control", {100, 0, 0, 0, 0, 0, 0, 0}),
      WithGaze("P2", "Control", {0, 0, 0, 10, 0, 0, 0, 0}), WithGaze("P3", "Patient", {0, 0, 0, 0, 0, 0, 0, 0})};
  const std::vector<GazeMap> maps = GroupGazeMaps(results, 0.0);
  ASSERT_EQ(maps.size(), 2u);
  EXPECT_EQ(maps[0].group, "Control");
  EXPECT_EQ(maps[0].participants, 2);
  EXPECT_EQ(maps[0].share, (std::vector<double>{0.5, 0, 0, 0.5, 0, 0, 0, 0}));
  EXPECT_EQ(maps[1].participants, 0);  // no gaze on the screen
  EXPECT_TRUE(maps[1].share.empty());
  // With smoothing the map still sums to 1.
  const std::vector<GazeMap> smooth = GroupGazeMaps(results, 5.0);
  EXPECT_NEAR(Sum(smooth[0].share), 1.0, 1e-12);
  EXPECT_GT(smooth[0].share[1], 0);
}

TEST(GazeMaps, TheGridSizeComesFromARecordingThatCounts) {
  // A groupless recording on another grid comes first; it is left out, and
  // must not set the size the grouped ones are held to.
  RecordingResult other;
  other.participant_id = "X";
  other.on_screen_samples = 9;
  other.figure_data.gaze = {3, 3, 300, 300, 650, std::vector<std::uint32_t>(9, 1)};
  const std::vector<GazeMap> maps =
      GroupGazeMaps({other, WithGaze("P1", "Control", {1, 0, 0, 0, 0, 0, 0, 0})}, 0.0);
  ASSERT_EQ(maps.size(), 1u);
  EXPECT_EQ(maps[0].participants, 1);
  EXPECT_EQ(maps[0].columns, 4);
}

TEST(GazeMaps, TheMapsAreDrawnOnTheGridOfMostRecordingsAndTheOthersAreNamed) {
  // First in file order: a recording with no gaze on the screen, then one
  // with gaze, both on a squarer screen; three on the wider one.
  const std::vector<RecordingResult> results = {OnSquarerScreen("P0", "Control", 0),
                                                OnSquarerScreen("P1", "Control", 40),
                                                WithGaze("P2", "Control", {1, 0, 0, 0, 0, 0, 0, 0}),
                                                WithGaze("P3", "Patient", {0, 0, 0, 0, 0, 0, 0, 2}),
                                                WithGaze("P4", "Patient", {0, 3, 0, 0, 0, 0, 0, 0})};
  ASSERT_TRUE(HeatMapGridSize(results).has_value());
  EXPECT_EQ(*HeatMapGridSize(results), (GridSize{4, 2}));
  const std::vector<const RecordingResult*> left_out = LeftOutOfHeatMaps(results);
  ASSERT_EQ(left_out.size(), 1u);  // P0 had no gaze to leave out
  EXPECT_EQ(left_out[0]->participant_id, "P1");
  const std::vector<GazeMap> maps = GroupGazeMaps(results, 0.0);
  ASSERT_EQ(maps.size(), 2u);
  EXPECT_EQ(maps[0].columns, 4);
  EXPECT_EQ(maps[0].rows, 2);
  EXPECT_EQ(maps[0].participants, 1);  // P2
  EXPECT_EQ(maps[1].participants, 2);
  // A tie goes to the size met first; no gaze at all, no size.
  EXPECT_EQ(*HeatMapGridSize(
                {OnSquarerScreen("P1", "Control", 5), WithGaze("P2", "Control", {1, 0, 0, 0, 0, 0, 0, 0})}),
            (GridSize{4, 3}));
  EXPECT_FALSE(HeatMapGridSize({OnSquarerScreen("P0", "Control", 0)}).has_value());
  EXPECT_TRUE(LeftOutOfHeatMaps({OnSquarerScreen("P0", "Control", 0)}).empty());
}

TEST(GazeMaps, AParticipantsRecordingsNeedNotBeTogetherInFileOrder) {
  // Maps are summed a participant at a time, in participant order: P1's
  // recordings on either side of P2's, or the groups interleaved, give the
  // map of the same recordings side by side, bit for bit.
  const RecordingResult p1a = WithGaze("P1", "Control", {3, 1, 0, 0, 2, 0, 0, 1});
  const RecordingResult p1b = WithGaze("P1", "Control", {0, 5, 1, 0, 0, 0, 7, 0});
  const RecordingResult p2 = WithGaze("P2", "Control", {1, 1, 1, 1, 0, 0, 0, 9});
  const RecordingResult p3 = WithGaze("P3", "Patient", {0, 0, 4, 0, 0, 1, 0, 0});
  const std::vector<GazeMap> together = GroupGazeMaps({p1a, p1b, p2, p3}, 3.0);
  const std::vector<GazeMap> apart = GroupGazeMaps({p3, p1a, p2, p1b}, 3.0);
  ASSERT_EQ(apart.size(), 2u);
  for (std::size_t g = 0; g < 2; ++g) {
    EXPECT_EQ(apart[g].group, together[g].group);
    EXPECT_EQ(apart[g].participants, together[g].participants);
    EXPECT_EQ(apart[g].share, together[g].share);
  }
  EXPECT_EQ(apart[0].participants, 2);
  // ... and P1 weighs as one participant: the mean of P1's and P2's maps.
  const std::vector<GazeMap> p1 = GroupGazeMaps({p1b, p1a}, 3.0), p2_alone = GroupGazeMaps({p2}, 3.0);
  for (std::size_t i = 0; i < apart[0].share.size(); ++i) {
    EXPECT_NEAR(apart[0].share[i], (p1[0].share[i] + p2_alone[0].share[i]) / 2, 1e-15);
  }
}

}  // namespace
}  // namespace tobii::analysis
