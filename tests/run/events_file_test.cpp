// Events files of a study run: one name per recording, never two alike,
// and a file that appears only once committed.

#include "run/events_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "report/events_csv.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

RecordingInput Input(const std::string& participant, const std::string& recording) {
  RecordingInput input;
  input.participant_id = participant;
  input.recording = recording;
  return input;
}

std::string Contents(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(EventsFileNames, NamesThatCollideAreNumberedInRecordingOrder) {
  const std::vector<RecordingInput> recordings = {Input("P 1", "rec/1"), Input("P_1", "rec_1"),
                                                  Input("P:1", "rec 1"), Input("P2", "Recording1")};
  EXPECT_EQ(EventsFileNames(recordings), (std::vector<std::string>{"P_1_rec_1.csv", "P_1_rec_1-2.csv",
                                                                   "P_1_rec_1-3.csv", "P2_Recording1.csv"}));
}

TEST(EventsFile, TheFileAppearsWithItsHeaderAndEventsOnlyWhenCommitted) {
  testing::TempDir dir;
  const std::filesystem::path path = dir.path() / "events" / "P1_Recording1.csv";
  std::vector<Event> events(2);
  events[0].onset_us = 0;
  events[0].offset_us = 200000;
  events[1].type = EventType::kSaccade;
  events[1].onset_us = 200000;
  events[1].offset_us = 230000;

  EventsFile file;
  ASSERT_TRUE(file.Open(path, "P1", "Recording1").ok());
  file.Add(events);
  EXPECT_FALSE(std::filesystem::exists(path));
  ASSERT_TRUE(file.Commit().ok());

  std::string expected = report::EventsCsvHeader();
  report::AppendEventsCsv("P1", "Recording1", events, &expected);
  EXPECT_EQ(Contents(path), expected);
  EXPECT_NE(Contents(path).find("\nP1,Recording1,saccade,"), std::string::npos);
}

TEST(EventsFile, AFileNeverCommittedLeavesNothing) {
  testing::TempDir dir;
  const std::filesystem::path path = dir.path() / "P1_Recording1.csv";
  {
    EventsFile file;
    ASSERT_TRUE(file.Open(path, "P1", "Recording1").ok());
    file.Add(std::vector<Event>(3));
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace tobii::study
