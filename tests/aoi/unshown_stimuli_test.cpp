#include "aoi/unshown_stimuli.h"

#include <gtest/gtest.h>

namespace tobii::aoi {
namespace {

AoiDefinition On(const std::string& name, const std::string& stimulus) {
  AoiDefinition a;
  a.name = name;
  a.stimulus = stimulus;
  a.points = {{0, 0}, {10, 10}};
  return a;
}

RecordingResult Showing(const std::vector<std::string>& stimuli) {
  RecordingResult r;
  r.intervals.push_back({});
  r.intervals.back().interval = kWholeRecording;
  r.intervals.back().kind = "recording";
  for (const std::string& s : stimuli) {
    IntervalResult interval;
    interval.interval = s;
    interval.kind = "stimulus";
    r.intervals.push_back(interval);
  }
  return r;
}

TEST(UnshownStimuli, NamesTheStimulusNoRecordingShowsWithItsAoisAndThoseShown) {
  AoiSet set;
  set.aois = {On("eyes", "face_01.png"), On("mouth", "face_01.png"), On("logo", ""), On("eyes", "face_02")};
  const std::vector<std::string> lines = UnshownStimuli(set, {Showing({"face_01", "face_02"}), Showing({"face_02"})});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0],
            "AOIs (\"eyes\", \"mouth\") lie on a stimulus no recording shows, so there they are never hit (does the "
            "file name it as the export does?): \"face_01.png\"; the stimuli shown are \"face_01\", \"face_02\"");
}

TEST(UnshownStimuli, NoneWhenEveryStimulusIsShownOrTheAoisLieOnNone) {
  AoiSet set;
  set.aois = {On("eyes", "a"), On("logo", "")};
  EXPECT_TRUE(UnshownStimuli(set, {Showing({"a"})}).empty());
  EXPECT_TRUE(UnshownStimuli(AoiSet{}, {Showing({})}).empty());
  set.aois = {On("eyes", "a")};
  const std::vector<std::string> lines = UnshownStimuli(set, {Showing({})});
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("the recordings show no stimulus"), std::string::npos);
}

}  // namespace
}  // namespace tobii::aoi
