// What names a result cache entry (run/result_cache.h) beyond the file: the
// study's AOI definitions and the intervals enter it, so that changing
// either reads every recording again; where the AOIs were written does not.

#include "run/result_cache.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace tobii::study {
namespace {

aoi::AoiSet Eyes(double width) {
  aoi::AoiSet set;
  set.file = "aois.toml";
  set.aois.push_back({.name = "eyes",
                      .stimulus = "face.png",
                      .shape = aoi::Shape::kRectangle,
                      .space = aoi::Space::kMedia,
                      .points = {{200, 250}, {200 + width, 370}},
                      .where = "aois.toml:11"});
  set.placements["face.png"] = {.x_px = 320, .y_px = 60, .scale_x = 1.25, .scale_y = 1.25};
  return set;
}

std::string Entry(const Settings& settings, const aoi::AoiSet& aois) {
  testing::TempDir dir;
  const ResultCache cache(dir.path() / "cache", settings, aois);
  RecordingInput input;
  input.file = "P01.tsv";
  input.participant_id = "P01";
  input.recording = "Recording1";
  return cache.EntryName(input, boris::BehaviorTimeline{}, false);
}

TEST(ResultCacheKey, TheAoiDefinitionsKeyTheEntry) {
  const Settings settings;
  const std::string eyes = Entry(settings, Eyes(600));
  EXPECT_EQ(Entry(settings, Eyes(600)), eyes);
  EXPECT_NE(Entry(settings, Eyes(601)), eyes);
  EXPECT_NE(Entry(settings, aoi::AoiSet{}), eyes);
  aoi::AoiSet renamed = Eyes(600);
  renamed.aois[0].name = "gaze";
  EXPECT_NE(Entry(settings, renamed), eyes);
  aoi::AoiSet moved = Eyes(600);
  moved.placements["face.png"].x_px = 321;
  EXPECT_NE(Entry(settings, moved), eyes);
  aoi::AoiSet screen = Eyes(600);
  screen.aois[0].space = aoi::Space::kScreen;
  EXPECT_NE(Entry(settings, screen), eyes);
}

TEST(ResultCacheKey, WhereTheAoisWereWrittenDoesNot) {
  const Settings settings;
  aoi::AoiSet elsewhere = Eyes(600);
  elsewhere.file = "stimuli/aois.csv";
  elsewhere.aois[0].where = "stimuli/aois.csv:3";
  EXPECT_EQ(Entry(settings, elsewhere), Entry(settings, Eyes(600)));
}

TEST(ResultCacheKey, TheIntervalsKeyTheEntry) {
  Settings settings;
  const std::string none = Entry(settings, aoi::AoiSet{});
  settings.intervals.between = {"trial=TrialStart..TrialEnd"};
  const std::string trial = Entry(settings, aoi::AoiSet{});
  EXPECT_NE(trial, none);
  settings.intervals.between = {"trial=TrialStart..TrialStop"};
  EXPECT_NE(Entry(settings, aoi::AoiSet{}), trial);
}

}  // namespace
}  // namespace tobii::study
