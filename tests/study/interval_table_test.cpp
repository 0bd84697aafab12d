#include "study/interval_table.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace tobii::study {
namespace {

using testing::WriteText;

Status Read(const std::string& text, std::vector<IntervalRow>* rows) {
  testing::TempDir dir;
  WriteText(dir.path() / "intervals.csv", text);
  rows->clear();
  return ReadIntervalTable((dir.path() / "intervals.csv").string(), "intervals.csv", rows);
}

RecordingInput Recording(const char* participant, const char* recording, const char* file) {
  RecordingInput r;
  r.participant_id = participant;
  r.recording = recording;
  r.file = file;
  return r;
}

IntervalRow Row(const char* recording, const char* participant, const char* interval, std::int64_t start_ms,
                std::int64_t end_ms, const char* where) {
  IntervalRow row;
  row.recording = recording;
  row.participant_id = participant;
  row.interval = {interval, start_ms * 1000, end_ms * 1000, where};
  return row;
}

// The problems' "severity file: message" lines.
std::vector<std::string> Lines(const std::vector<Problem>& problems) {
  std::vector<std::string> lines;
  for (const Problem& p : problems) {
    lines.push_back(std::string(SeverityName(p.severity)) + " " + p.file + ": " + p.message);
  }
  return lines;
}

TEST(IntervalTable, ReadsColumnsByNameInAnyOrderAndDelimiter) {
  std::vector<IntervalRow> rows;
  ASSERT_TRUE(Read("\xEF\xBB\xBF"
                   "End ms\tInterval\tRecording\tParticipant\tStart ms\r\n"
                   "2500.5\tbaseline\tRecording1\tP1\t0\r\n"
                   "\t\t\t\t\r\n"
                   "9000\ttask\tdata/P2.tsv\t\t2500.5\r\n",
                   &rows)
                  .ok());
  ASSERT_EQ(rows.size(), 2u);  // the blank row passed over
  EXPECT_EQ(rows[0].recording, "Recording1");
  EXPECT_EQ(rows[0].participant_id, "P1");
  EXPECT_EQ(rows[0].interval.name, "baseline");
  EXPECT_EQ(rows[0].interval.start_us, 0);
  EXPECT_EQ(rows[0].interval.end_us, 2'500'500);
  EXPECT_EQ(rows[0].interval.where, "intervals.csv:2");
  EXPECT_EQ(rows[1].recording, "data/P2.tsv");
  EXPECT_EQ(rows[1].participant_id, "");
  EXPECT_EQ(rows[1].interval.start_us, 2'500'500);
  EXPECT_EQ(rows[1].interval.where, "intervals.csv:4");
  // Semicolons and decimal commas, as a spreadsheet saves them in some locales.
  ASSERT_TRUE(Read("recording;interval;start_ms;end_ms\nR1;task;2500,25;3000\n", &rows).ok());
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].interval.start_us, 2'500'250);
}

TEST(IntervalTable, BadTablesStopWithFileLineAndColumn) {
  std::vector<IntervalRow> rows;
  const auto message = [&](const std::string& text) { return Read(text, &rows).message(); };
  EXPECT_EQ(message("recording,interval,start_ms,end_ms\nR1,task,0,1000\n,task,0,1000\n"),
            "intervals.csv:3:1: expected a recording name, found an empty field");
  EXPECT_EQ(message("recording,interval,start_ms,end_ms\nR1,,0,1000\n"),
            "intervals.csv:2:4: expected an interval name, found an empty field");
  EXPECT_EQ(message("recording,interval,start_ms,end_ms\nR1,task,zero,1000\n"),
            "intervals.csv:2:9: expected a time in milliseconds, found \"zero\"");
  EXPECT_EQ(message("recording,interval,start_ms,end_ms\nR1,task,1000,1000\n"),
            "intervals.csv:2:14: expected an end after the start (1000 ms), found 1000 ms");
  EXPECT_EQ(message("recording,interval,start_ms,end_ms\nR1,Recording,0,1000\n"),
            "intervals.csv:2:4: \"Recording\" is the whole recording's interval; choose another name");
  EXPECT_EQ(message("recording,interval,start_ms,end_ms\nR1,task,0,1000,extra\n"),
            "intervals.csv:2:16: expected 4 fields as the header has, found 5 (quote a name that holds the "
            "delimiter)");
  EXPECT_EQ(message("recording,interval,start_ms\nR1,task,0\n"),
            "intervals.csv:1:1: expected the columns \"recording\", \"interval\", \"start_ms\" and "
            "\"end_ms\", found "
            "\"recording,interval,start_ms\"");
  EXPECT_EQ(message(""), "intervals.csv:1:1: expected a header row, found an empty file");
}

TEST(IntervalAssignment, EachRecordingTakesTheRowsThatNameIt) {
  std::vector<RecordingInput> recordings = {Recording("P1", "Recording1", "a/p1.tsv"),
                                            Recording("P2", "Recording1", "a/p2.tsv")};
  std::vector<Problem> problems;
  AssignIntervals(
      {Row("recording1", "p1", "task", 5000, 9000, "i.csv:2"),
       Row("recording1", "p1", "task", 1000, 5000, "i.csv:3"),  // touching is no overlap
       Row("a/p2.tsv", "", "task", 0, 100, "i.csv:4"), Row("Recording1", "P2", "rest", 0, 100, "i.csv:5")},
      &recordings, &problems);
  EXPECT_EQ(Lines(problems), std::vector<std::string>{});
  ASSERT_EQ(recordings[0].intervals.size(), 2u);
  EXPECT_EQ(recordings[0].intervals[0].start_us, 1'000'000);  // in time order
  EXPECT_EQ(recordings[0].intervals[1].where, "i.csv:2");
  ASSERT_EQ(recordings[1].intervals.size(), 2u);
  EXPECT_EQ(recordings[1].intervals[0].name, "rest");
  EXPECT_EQ(recordings[1].intervals[1].name, "task");
}

TEST(IntervalAssignment, AmbiguousUnknownAndOverlappingRowsAreNotUsed) {
  std::vector<RecordingInput> recordings = {Recording("P1", "Recording1", "a/p1.tsv"),
                                            Recording("P2", "Recording1", "a/p2.tsv")};
  std::vector<Problem> problems;
  AssignIntervals(
      {Row("Recording1", "", "task", 0, 100, "i.csv:2"), Row("Recording9", "", "task", 0, 100, "i.csv:3"),
       Row("Recording1", "P1", "task", 0, 3000, "i.csv:4"),
       Row("Recording1", "P1", "task", 2000, 4000, "i.csv:5"),
       Row("Recording1", "P1", "rest", 2000, 4000, "i.csv:6")},
      &recordings, &problems);
  EXPECT_EQ(Lines(problems),
            (std::vector<std::string>{
                "error i.csv:2: recording \"Recording1\" names 2 recordings (a/p1.tsv, a/p2.tsv): interval "
                "\"task\" "
                "not used; add a participant_id",
                "warning i.csv:3: recording \"Recording9\" is not in the study: interval \"task\" not used",
                "error a/p1.tsv: interval \"task\" of recording \"Recording1\" of participant \"P1\" is "
                "given twice "
                "over the same time (i.csv:4 and i.csv:5): none of its rows is used"}));
  // Another name overlapping is another interval.
  ASSERT_EQ(recordings[0].intervals.size(), 1u);
  EXPECT_EQ(recordings[0].intervals[0].name, "rest");
  EXPECT_TRUE(recordings[1].intervals.empty());
}

}  // namespace
}  // namespace tobii::study
