// A study whose recordings get no group: what discovery found is said, and
// what to do (study/missing_groups.h).

#include "study/missing_groups.h"

#include <gtest/gtest.h>

#include <string>

#include "support/temp_dir.h"

namespace tobii::study {
namespace {

using testing::WriteText;

// A Pro Lab export of one sample, naming its participant.
std::string Export(const std::string& participant) {
  return "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tGaze point X [DACS px]\t"
         "Gaze point Y [DACS px]\tValidity left\tValidity right\n"
         "0\tEye Tracker\t" + participant + "\tsession1\t1\t2\tValid\tValid\n";
}

// The check's message on the study in `dir`; empty when it passes.
std::string Why(const std::filesystem::path& dir, const std::string& names_from_path = "") {
  StudyInputs inputs;
  DiscoverOptions options;
  options.names_from_path = names_from_path;
  EXPECT_TRUE(DiscoverStudy(dir, &inputs, options).ok());
  const Status s = RequireSomeGroup(inputs, names_from_path);
  return s.ok() ? std::string() : s.message();
}

bool Says(const std::string& message, const std::string& words) { return message.find(words) != std::string::npos; }

TEST(MissingGroups, AStudyWithGroupsPasses) {
  testing::TempDir dir;
  WriteText(dir.path() / "a.tsv", Export("P01"));
  WriteText(dir.path() / "b.tsv", Export("P02"));
  // One participant of two is listed: one group is enough to compare.
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nP01\tControl\n");
  EXPECT_EQ(Why(dir.path()), "");
}

TEST(MissingGroups, AStudyWithoutRecordingsIsLeftToTheRunToTell) {
  testing::TempDir dir;
  WriteText(dir.path() / "notes.txt", "nothing here\n");
  EXPECT_EQ(Why(dir.path()), "");
}

TEST(MissingGroups, NoParticipantsTableIsSaidWithWhatToDo) {
  testing::TempDir dir;
  WriteText(dir.path() / "a.tsv", Export("P01"));
  const std::string why = Why(dir.path());
  EXPECT_TRUE(why.starts_with("no recording has a group: the study has no participants table (a TSV or CSV with "
                              "participant_id and group columns); give one, or pass --no-groups"))
      << why;
  EXPECT_TRUE(Says(why, "no-groups = true")) << why;
}

TEST(MissingGroups, ASpreadsheetInTheStudyIsNamed) {
  testing::TempDir dir;
  WriteText(dir.path() / "a.tsv", Export("P01"));
  WriteText(dir.path() / "participants.xlsx", std::string("PK\x03\x04", 4) + "xl/workbook.xml");
  const std::string why = Why(dir.path());
  EXPECT_TRUE(Says(why, "no participants table")) << why;
  EXPECT_TRUE(Says(why, "(if it is participants.xlsx, a spreadsheet, export it as TSV or CSV)")) << why;
}

TEST(MissingGroups, DiscoveryTellsASpreadsheetToBeSavedAsText) {
  testing::TempDir dir;
  WriteText(dir.path() / "a.tsv", Export("P01"));
  WriteText(dir.path() / "participants.xlsx", std::string("PK\x03\x04", 4) + "xl/workbook.xml");
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs).ok());
  const std::string reason =
      "a spreadsheet (an Excel workbook): tables are read as text: save it as TSV or CSV "
      "(File > Save As > CSV), or export BORIS events as TSV";
  bool listed = false, warned = false;
  for (const FileVerdict& f : inputs.files) listed |= f.file == "participants.xlsx" && f.detail == reason;
  for (const Problem& p : inputs.problems) {
    warned |= p.file == "participants.xlsx" && p.severity == Severity::kWarning && p.message == "not read: " + reason;
  }
  EXPECT_TRUE(listed);
  EXPECT_TRUE(warned);
}

TEST(MissingGroups, ANamePatternWithoutGroupIsNamed) {
  testing::TempDir dir;
  WriteText(dir.path() / "data" / "a.tsv", Export("P01"));
  const std::string without = Why(dir.path(), "data/{recording}.tsv");
  EXPECT_TRUE(Says(without, "names-from-path \"data/{recording}.tsv\" has no {group}")) << without;
  const std::string unmatched = Why(dir.path(), "other_{group}/{recording}.tsv");
  EXPECT_TRUE(Says(unmatched, "names-from-path \"other_{group}/{recording}.tsv\" matches no recording's path"))
      << unmatched;
  EXPECT_EQ(Why(dir.path(), "{group}/{recording}.tsv"), "");  // the folder is the group
}

TEST(MissingGroups, ATableMatchingNobodyNamesTheFirstIdsOnEachSide) {
  testing::TempDir dir;
  for (const char* p : {"S01", "S02", "S03", "S04"}) WriteText(dir.path() / (std::string(p) + ".tsv"), Export(p));
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nP01\tA\nP02\tB\n");
  const std::string why = Why(dir.path());
  EXPECT_TRUE(Says(why, "no recording has a group: participants.tsv was read but matched none of the 4 recordings' "
                        "participants: it lists P01, P02; the recordings are of S01, S02, S03, ... (4 in all); "
                        "correct the ids, or pass --no-groups"))
      << why;
}

TEST(MissingGroups, ATableWithoutItsGroupColumnIsSaidUnread) {
  testing::TempDir dir;
  WriteText(dir.path() / "a.tsv", Export("P01"));
  WriteText(dir.path() / "participants.tsv", "participant_id\tcohort\nP01\tA\n");
  const std::string why = Why(dir.path());
  EXPECT_TRUE(Says(why, "participants.tsv could not be read (")) << why;
  EXPECT_TRUE(Says(why, "expected a column \"group\"")) << why;
}

TEST(MissingGroups, ATableOfBlankGroupsIsSaid) {
  testing::TempDir dir;
  WriteText(dir.path() / "a.tsv", Export("P01"));
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nP01\t\n");
  const std::string why = Why(dir.path());
  EXPECT_TRUE(Says(why, "participants.tsv lists the recordings' participants but gives none of them a group")) << why;
}

}  // namespace
}  // namespace tobii::study
