#include "study/design_table.h"

#include <gtest/gtest.h>

#include "study/design_assignment.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

using testing::WriteText;

Status Read(const std::string& text, DesignTable* table) {
  testing::TempDir dir;
  WriteText(dir.path() / "design.csv", text);
  return ReadDesignTable((dir.path() / "design.csv").string(), "design.csv", table);
}

RecordingInput Recording(const char* participant, const char* recording, const char* file,
                         const char* condition = "") {
  RecordingInput r;
  r.participant_id = participant;
  r.recording = recording;
  r.file = file;
  r.condition = condition;
  return r;
}

// The problems' "severity file: message" lines.
std::vector<std::string> Lines(const std::vector<Problem>& problems) {
  std::vector<std::string> lines;
  for (const Problem& p : problems) {
    lines.push_back(std::string(SeverityName(p.severity)) + " " + p.file + ": " + p.message);
  }
  return lines;
}

TEST(DesignTable, ReadsColumnsByNameInAnyOrderAndDelimiter) {
  DesignTable table;
  ASSERT_TRUE(Read("\xEF\xBB\xBFSession\tCondition\tRecording\tParticipant_ID\r\n"
                   "1\tlight\tRecording1\tP1\r\n"
                   "\t\t\t\r\n"
                   "2\t\tdata/P2.tsv\t\r\n",
                   &table)
                  .ok());
  EXPECT_EQ(table.file, "design.csv");
  EXPECT_TRUE(table.has_condition);
  EXPECT_TRUE(table.has_session);
  ASSERT_EQ(table.rows.size(), 2u);  // the blank row passed over
  EXPECT_EQ(table.rows[0].recording, "Recording1");
  EXPECT_EQ(table.rows[0].participant_id, "P1");
  EXPECT_EQ(table.rows[0].condition, "light");
  EXPECT_EQ(table.rows[0].session, "1");
  EXPECT_EQ(table.rows[0].where, "design.csv:2");
  EXPECT_EQ(table.rows[1].recording, "data/P2.tsv");
  EXPECT_EQ(table.rows[1].participant_id, "");
  EXPECT_EQ(table.rows[1].condition, "");
  EXPECT_EQ(table.rows[1].where, "design.csv:4");

  // Semicolons, a quoted name holding one, and the participant's other names.
  table = {};
  ASSERT_TRUE(Read("Subject ID;recording;condition\nS7;\"rest; eyes open\";dark\n", &table).ok());
  EXPECT_FALSE(table.has_session);
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].participant_id, "S7");
  EXPECT_EQ(table.rows[0].recording, "rest; eyes open");
  EXPECT_EQ(table.rows[0].condition, "dark");
  table = {};
  ASSERT_TRUE(Read("recording,session,participant\nR1,pre,P9\n", &table).ok());
  EXPECT_FALSE(table.has_condition);
  EXPECT_EQ(table.rows[0].participant_id, "P9");
  EXPECT_EQ(table.rows[0].session, "pre");
}

TEST(DesignTable, BadTablesStopWithFileLineAndColumn) {
  DesignTable table;
  Status s = Read("recording,condition\nR1,light\n,dark\n", &table);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "design.csv:3:1: expected a recording name, found an empty field");
  // A comma inside an unquoted name shifts the row's columns.
  s = Read("recording,condition\nR1,light\nR2,dark,extra\n", &table);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "design.csv:3:9: expected 2 fields as the header has, found 3 (quote a name that holds the delimiter)");
  s = Read("recording,group\nR1,A\n", &table);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "design.csv:1:1: expected the columns \"recording\" and \"condition\" or \"session\", found "
            "\"recording,group\"");
  s = Read("", &table);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "design.csv:1:1: expected a header row, found an empty file");
  s = Read("recording,condition\n\"R1,light\n", &table);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("design.csv:2:1:"), std::string::npos) << s.message();
}

DesignTable Table(std::vector<DesignRow> rows, bool session = false) {
  DesignTable table;
  table.file = "design.csv";
  table.has_condition = true;
  table.has_session = session;
  table.rows = std::move(rows);
  return table;
}

TEST(DesignAssignment, EachRecordingTakesTheRowThatNamesIt) {
  std::vector<RecordingInput> recordings = {Recording("P1", "Recording1", "a/p1.tsv"),
                                            Recording("P2", "Recording1", "a/p2.tsv"),
                                            Recording("P3", "rest", "b/p3.tsv")};
  std::vector<Problem> problems;
  AssignDesign(Table({{"recording1", "p1", "light", "1", "design.csv:2"},
                      {"Recording1", "P2", "dark", "2", "design.csv:3"},
                      {"b/p3.tsv", "", "dark", "1", "design.csv:4"}},
                     /*session=*/true),
               &recordings, &problems);
  EXPECT_EQ(Lines(problems), std::vector<std::string>{});
  EXPECT_EQ(recordings[0].condition, "light");  // names and ids without case
  EXPECT_EQ(recordings[0].session, "1");
  EXPECT_EQ(recordings[1].condition, "dark");
  EXPECT_EQ(recordings[1].session, "2");
  EXPECT_EQ(recordings[2].condition, "dark");  // by its file
}

TEST(DesignAssignment, AmbiguousRowsAndRecordingsTakeNothing) {
  std::vector<RecordingInput> recordings = {Recording("P1", "Recording1", "a/p1.tsv"),
                                            Recording("P2", "Recording1", "a/p2.tsv"),
                                            Recording("P3", "rest", "b/p3.tsv", "from-path")};
  std::vector<Problem> problems;
  AssignDesign(Table({{"Recording1", "", "light", "", "design.csv:2"},
                      {"rest", "", "light", "", "design.csv:3"},
                      {"b/p3.tsv", "", "dark", "", "design.csv:4"},
                      {"Recording9", "", "dark", "", "design.csv:5"}}),
               &recordings, &problems);
  EXPECT_EQ(Lines(problems),
            (std::vector<std::string>{
                "error design.csv:2: recording \"Recording1\" names 2 recordings (a/p1.tsv, a/p2.tsv): none of "
                "them takes its condition; add a participant_id",
                "warning design.csv:5: recording \"Recording9\" is not in the study: its condition not used",
                "error b/p3.tsv: recording \"rest\" of participant \"P3\" is named by 2 rows of the design table "
                "(design.csv:3, design.csv:4): it takes no condition"}));
  EXPECT_EQ(recordings[0].condition, "");
  EXPECT_EQ(recordings[1].condition, "");
  EXPECT_EQ(recordings[2].condition, "");  // not even names-from-path's: the design is in doubt
}

TEST(DesignAssignment, TheTableWinsOverThePathAndNoRecordingIsLeftOutInSilence) {
  std::vector<RecordingInput> recordings = {
      Recording("P1", "r1", "data_G/P1.tsv", "G"), Recording("P2", "r2", "data_L/P2.tsv", "L"),
      Recording("P3", "r3", "data_L/P3.tsv", "L"), Recording("P4", "r4", "data_X/P4.tsv"),
      Recording("P5", "r5", "data_X/P5.tsv")};
  std::vector<Problem> problems;
  AssignDesign(Table({{"r1", "", "L", "", "design.csv:2"},
                      {"r2", "", "L", "", "design.csv:3"},
                      {"r3", "", "", "", "design.csv:4"},
                      {"r4", "", "", "", "design.csv:5"}}),
               &recordings, &problems);
  EXPECT_EQ(Lines(problems),
            (std::vector<std::string>{
                "warning data_G/P1.tsv: names-from-path gives condition \"G\", the design table (design.csv:2) "
                "\"L\": \"L\" used",
                "warning data_X/P4.tsv: no condition: its row design.csv:5 of the design table leaves it empty",
                "warning data_X/P5.tsv: no condition: not in the design table design.csv"}));
  EXPECT_EQ(recordings[0].condition, "L");
  EXPECT_EQ(recordings[1].condition, "L");  // the same: no warning
  EXPECT_EQ(recordings[2].condition, "L");  // an empty cell leaves the path's
  EXPECT_EQ(recordings[3].condition, "");
  EXPECT_EQ(recordings[4].condition, "");

  // Not in the table, with a condition from its path: kept, and said so.
  recordings = {Recording("P1", "r1", "data_G/P1.tsv", "G")};
  problems.clear();
  AssignDesign(Table({}, /*session=*/true), &recordings, &problems);
  EXPECT_EQ(Lines(problems), (std::vector<std::string>{
                                 "warning data_G/P1.tsv: no session: not in the design table design.csv; "
                                 "condition \"G\" from names-from-path kept"}));
  EXPECT_EQ(recordings[0].condition, "G");
}

}  // namespace
}  // namespace tobii::study
