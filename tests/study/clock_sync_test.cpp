#include "study/clock_sync.h"

#include <gtest/gtest.h>


#include "study/sync_table.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

using testing::WriteText;

Status Read(const std::string& text, std::vector<SyncEntry>* entries) {
  testing::TempDir dir;
  WriteText(dir.path() / "sync.csv", text);
  return ReadSyncTable((dir.path() / "sync.csv").string(), "sync.csv", entries);
}

RecordingInput Recording(const char* participant, const char* recording, const char* file) {
  RecordingInput r;
  r.participant_id = participant;
  r.recording = recording;
  r.file = file;
  r.observation = boris::Observation{};
  return r;
}

TEST(SyncTable, ReadsColumnsByNameInAnyOrderAndDelimiter) {
  std::vector<SyncEntry> entries;
  ASSERT_TRUE(Read("\xEF\xBB\xBFparticipant_id\tdrift_ppm\toffset_s\trecording\r\n"
                   "P1\t12.5\t-2.25\tRecording1\r\n"
                   "\t\t3\tP2_rest\r\n",
                   &entries)
                  .ok());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].participant_id, "P1");
  EXPECT_EQ(entries[0].recording, "Recording1");
  EXPECT_DOUBLE_EQ(entries[0].clock.offset_s, -2.25);
  EXPECT_DOUBLE_EQ(entries[0].clock.drift_ppm, 12.5);
  EXPECT_EQ(entries[0].where, "sync.csv:2");
  EXPECT_EQ(entries[1].participant_id, "");
  EXPECT_DOUBLE_EQ(entries[1].clock.offset_s, 3);
  EXPECT_DOUBLE_EQ(entries[1].clock.drift_ppm, 0);  // empty drift: none

  entries.clear();
  ASSERT_TRUE(Read("recording,offset_s\n\"P1, rest\",1.5\n", &entries).ok());
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].recording, "P1, rest");
}

TEST(SyncTable, BadTablesStopWithFileLineAndColumn) {
  std::vector<SyncEntry> entries;
  Status s = Read("recording,offset_s\nR1,1.5\nR2,soon\n", &entries);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "sync.csv:3:4: expected an offset in seconds, found \"soon\"");
  s = Read("recording,offset_s,drift_ppm\nR1,1,nan\n", &entries);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "sync.csv:2:6: expected a drift in parts per million, found \"nan\"");
  s = Read("recording,offset_s\n,1\n", &entries);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "sync.csv:2:1: expected a recording name, found an empty field");
  s = Read("recording,start\nR1,1\n", &entries);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("sync.csv:1:1: expected the columns \"recording\" and \"offset_s\""), std::string::npos);
}

TEST(ClockSync, EachRecordingGetsTheEntryNamingIt) {
  std::vector<RecordingInput> recordings = {Recording("P1", "Recording1", "p1.tsv"),
                                            Recording("P2", "Recording1", "p2.tsv"),
                                            Recording("P3", "rest", "exports/p3.tsv")};
  const std::vector<SyncEntry> entries = {
      {"p2", "recording1", {1.5, 0}, "s:2"},       // letters without case
      {"", "exports/p3.tsv", {-4, 20}, "s:3"},     // by file
      {"", "Recording1", {9, 0}, "s:4"},           // two recordings: not used
      {"P9", "Recording1", {9, 0}, "s:5"},         // no such recording
  };
  std::vector<Problem> problems;
  AssignClockSync(entries, &recordings, &problems);
  EXPECT_FALSE(recordings[0].clock_sync);
  // s:4 names P1's and P2's Recording1: neither is placed by a guess.
  EXPECT_FALSE(recordings[0].observation);
  EXPECT_FALSE(recordings[1].observation);
  ASSERT_TRUE(recordings[1].clock_sync);
  EXPECT_DOUBLE_EQ(recordings[1].clock_sync->offset_s, 1.5);
  EXPECT_EQ(recordings[1].clock_sync_source, "s:2");
  ASSERT_TRUE(recordings[2].clock_sync);
  EXPECT_DOUBLE_EQ(recordings[2].clock_sync->drift_ppm, 20);
  EXPECT_TRUE(recordings[2].observation);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].file, "s:4");
  EXPECT_EQ(problems[0].severity, Severity::kError);
  EXPECT_NE(problems[0].message.find("names 2 recordings"), std::string::npos);
  EXPECT_EQ(problems[1].severity, Severity::kWarning);
  EXPECT_NE(problems[1].message.find("not in the study"), std::string::npos);
}

TEST(ClockSync, TwoOffsetsForOneRecordingDropItsAnnotations) {
  std::vector<RecordingInput> recordings = {Recording("P1", "rest", "p1.tsv")};
  const std::vector<SyncEntry> entries = {{"", "rest", {1, 0}, "study.toml:4"}, {"P1", "rest", {2, 0}, "sync.csv:2"}};
  std::vector<Problem> problems;
  AssignClockSync(entries, &recordings, &problems);
  EXPECT_FALSE(recordings[0].clock_sync);
  EXPECT_FALSE(recordings[0].observation);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("2 clock offsets (study.toml:4, sync.csv:2)"), std::string::npos);
}

TEST(ClockSync, DiscoveryFindsTheSyncTableByItsHeader) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv",
        "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tGaze point X [DACS px]\t"
        "Gaze point Y [DACS px]\tValidity left\tValidity right\n"
        "0\tEye Tracker\tP1\trest\t1\t2\tValid\tValid\n");
  WriteText(dir.path() / "video_sync.csv", "recording,offset_s\nrest,2.5\n");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  EXPECT_EQ(inputs.sync_table, "video_sync.csv");
  ASSERT_EQ(inputs.recordings.size(), 1u);
  ASSERT_TRUE(inputs.recordings[0].clock_sync);
  EXPECT_DOUBLE_EQ(inputs.recordings[0].clock_sync->offset_s, 2.5);

  // A broken table stops discovery, naming where.
  WriteText(dir.path() / "video_sync.csv", "recording,offset_s\nrest,2.5s\n");
  StudyInputs again;
  const Status s = DiscoverStudy(dir.path(), &again);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "video_sync.csv:2:6: expected an offset in seconds, found \"2.5s\"");
}

}  // namespace
}  // namespace tobii::study
