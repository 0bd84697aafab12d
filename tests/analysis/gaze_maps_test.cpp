#include "analysis/gaze_maps.h"

#include <gtest/gtest.h>

#include <numeric>

namespace tobii::analysis {
namespace {

RecordingResult WithGaze(const char* participant, const char* group, std::vector<std::uint32_t> counts) {
  RecordingResult r;
  r.participant_id = participant;
  r.group = group;
  r.figure_data.gaze = {4, 2, 527, 296, 650, std::move(counts)};
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
  other.figure_data.gaze = {3, 3, 300, 300, 650, std::vector<std::uint32_t>(9, 1)};
  const std::vector<GazeMap> maps =
      GroupGazeMaps({other, WithGaze("P1", "Control", {1, 0, 0, 0, 0, 0, 0, 0})}, 0.0);
  ASSERT_EQ(maps.size(), 1u);
  EXPECT_EQ(maps[0].participants, 1);
  EXPECT_EQ(maps[0].columns, 4);
}

}  // namespace
}  // namespace tobii::analysis
