#include "aoi/intervals.h"

#include <gtest/gtest.h>

namespace tobii::aoi {
namespace {

TEST(EventPairSpec, ReadsNameStartAndEnd) {
  EventPairSpec spec;
  ASSERT_TRUE(ParseEventPairSpec(" task = TaskStart .. Task End ", &spec).ok());
  EXPECT_EQ(spec.name, "task");
  EXPECT_EQ(spec.start, "TaskStart");
  EXPECT_EQ(spec.end, "Task End");
}

TEST(EventPairSpec, SaysWhatIsWrong) {
  EventPairSpec spec;
  EXPECT_NE(ParseEventPairSpec("task", &spec).message().find("expected NAME=START..END"), std::string::npos);
  EXPECT_NE(ParseEventPairSpec("task=Start", &spec).message().find("expected NAME=START..END"), std::string::npos);
  EXPECT_NE(ParseEventPairSpec("=a..b", &spec).message().find("must each be given"), std::string::npos);
  EXPECT_NE(ParseEventPairSpec("task=a..", &spec).message().find("must each be given"), std::string::npos);
  EXPECT_NE(ParseEventPairSpec("Recording=a..b", &spec).message().find("whole recording"), std::string::npos);
  std::vector<EventPairSpec> specs;
  const std::vector<std::string> twice = {"t=a..b", "T=c..d"};
  EXPECT_NE(ParseEventPairSpecs(twice, &specs).message().find("given twice"), std::string::npos);
}

TEST(IntervalFinder, StimulusPresentationsEndAtTheirEndTheNextStartOrTheRecordingsEnd) {
  IntervalFinder finder({});
  const std::vector<RecordingEvent> events = {{100, "ImageStimulusStart", "a.png"},
                                              {200, "ImageStimulusEnd", "a.png"},
                                              {300, "ImageStart", "b.bmp"},
                                              {400, "VideoStimulusStart", "c.mp4"}};
  finder.Add(std::span(events).subspan(0, 2));
  finder.Add(std::span(events).subspan(2));
  finder.Finish(1000);
  const std::vector<IntervalSpan>& found = finder.intervals();
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].name, "a.png");
  EXPECT_EQ(found[0].end_us, 200);
  EXPECT_EQ(found[1].name, "b.bmp");
  EXPECT_EQ(found[1].start_us, 300);
  EXPECT_EQ(found[1].end_us, 400);  // replaced by the next
  EXPECT_EQ(found[2].end_us, 1000);  // open at the end
  EXPECT_EQ(found[2].kind, "stimulus");
  std::size_t cursor = 0;
  EXPECT_EQ(finder.StimulusAt(50, &cursor), "");
  EXPECT_EQ(finder.StimulusAt(100, &cursor), "a.png");
  EXPECT_EQ(finder.StimulusAt(250, &cursor), "");
  EXPECT_EQ(finder.StimulusAt(399, &cursor), "b.bmp");
  EXPECT_EQ(finder.StimulusAt(400, &cursor), "c.mp4");
}

TEST(IntervalFinder, EventPairsRunFromEachStartToTheNextEnd) {
  IntervalFinder finder({{.name = "trial", .start = "beep", .end = "SPACE"}});
  const std::vector<RecordingEvent> events = {{100, "KeyPress", "Space"},  // an end while closed: nothing
                                              {200, "Beep", ""},
                                              {250, "Beep", ""},  // a start while open: nothing
                                              {300, "KeyPress", "space"},
                                              {400, "beep", ""}};
  finder.Add(events);
  finder.Finish(500);
  const std::vector<IntervalSpan>& found = finder.intervals();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].name, "trial");
  EXPECT_EQ(found[0].kind, "events");
  EXPECT_EQ(found[0].start_us, 200);
  EXPECT_EQ(found[0].end_us, 300);
  EXPECT_EQ(found[1].start_us, 400);
  EXPECT_EQ(found[1].end_us, 500);
  EXPECT_EQ(found[1].track, 1u);
}

TEST(IntervalFinder, TableIntervalsAreKnownFromTheStartOneTrackPerName) {
  const std::vector<TableInterval> table = {
      {"b", 300, 400, "t:2"}, {"a", 700, 900, "t:3"}, {"a", 100, 200, "t:4"}};
  IntervalFinder finder({{.name = "trial", .start = "beep", .end = "space"}}, table);
  EXPECT_EQ(finder.tracks(), 4u);  // stimuli, trial, a, b
  ASSERT_EQ(finder.intervals().size(), 3u);
  const std::vector<RecordingEvent> events = {{150, "Beep", ""}, {160, "ImageStimulusStart", "x.png"}};
  finder.Add(events);
  finder.Finish(800);
  const std::vector<IntervalSpan>& found = finder.intervals();
  ASSERT_EQ(found.size(), 5u);
  // The table's by name and time, then the events' as they opened.
  EXPECT_EQ(found[0].name, "a");
  EXPECT_EQ(found[0].kind, "table");
  EXPECT_EQ(found[0].start_us, 100);
  EXPECT_EQ(found[0].track, 2u);
  EXPECT_EQ(found[1].name, "a");
  EXPECT_EQ(found[1].end_us, 800);  // cut at the recording's end
  EXPECT_EQ(found[1].track, 2u);
  EXPECT_EQ(found[2].name, "b");
  EXPECT_EQ(found[2].track, 3u);
  EXPECT_EQ(found[3].name, "trial");
  EXPECT_EQ(found[4].name, "x.png");
  std::size_t cursor = 0;
  EXPECT_EQ(finder.StimulusAt(350, &cursor), "x.png");  // table intervals are no stimuli
}

}  // namespace
}  // namespace tobii::aoi
