#include "io/participants.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/temp_dir.h"

namespace tobii::io {
namespace {

struct Loaded {
  Status status;
  ParticipantsTable table;
  std::vector<std::string> warnings;
};

Loaded Load(const std::string& text) {
  testing::TempDir dir;
  const std::string path = (dir.path() / "participants.tsv").string();
  std::ofstream(path, std::ios::binary) << text;
  Loaded loaded;
  loaded.status = ReadParticipants(path, &loaded.table, &loaded.warnings);
  for (std::string& w : loaded.warnings) w = w.substr(w.rfind('/') + 1);  // drop the temp folder
  return loaded;
}

TEST(Participants, BidsIdsMatchExportNamesAndCovariatesAreKept) {
  const Loaded l = Load("\xEF\xBB\xBFparticipant_id\tgroup\tage\r\nsub-P001\tPatient\t44\r\n");
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  const Participant* p = l.table.Find("P001");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->group, "Patient");
  ASSERT_NE(p->covariates, nullptr);
  ASSERT_EQ(p->covariates->size(), 1u);
  EXPECT_EQ((*p->covariates)[0], (std::pair<std::string, std::string>{"age", "44"}));
  EXPECT_NE(l.table.Find("sub-p001"), nullptr);
}

TEST(Participants, BadRowIsAWarningAndTheRestIsRead) {
  const Loaded l = Load("participant_id,group\nP1,Control\nP2\nP3,Patient\n");
  ASSERT_TRUE(l.status.ok());
  EXPECT_EQ(l.table.size(), 2u);
  EXPECT_NE(l.table.Find("P3"), nullptr);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0], "participants.tsv:3:1: expected 2 fields, found 1: row skipped");
}

TEST(Participants, ParticipantListedTwiceKeepsTheFirstAndWarns) {
  const Loaded l = Load("participant_id\tgroup\nP1\tPatient\nP1\tControl\n");
  EXPECT_EQ(l.table.Find("P1")->group, "Patient");
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_NE(l.warnings[0].find("listed again"), std::string::npos);
}

TEST(Participants, QuotedFieldsKeepTheirCommas) {
  const Loaded l = Load("participant_id,name,group\nP1,\"Smith, J\",Patient\nP2,\"O\"\"Brien\",Control\n");
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  EXPECT_TRUE(l.warnings.empty()) << l.warnings[0];
  ASSERT_NE(l.table.Find("P1"), nullptr);
  EXPECT_EQ(l.table.Find("P1")->group, "Patient");
  EXPECT_EQ((*l.table.Find("P1")->covariates)[0], (std::pair<std::string, std::string>{"name", "Smith, J"}));
  EXPECT_EQ((*l.table.Find("P2")->covariates)[0].second, "O\"Brien");
}

TEST(Participants, SemicolonTablesAreRead) {
  // A spreadsheet on a European locale saves CSV with semicolons, and
  // decimal commas in its numbers.
  const Loaded l = Load("participant_id;group;age\r\nP1;Patient;44,5\r\nP2;Control;38\r\n");
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  EXPECT_EQ(l.table.size(), 2u);
  EXPECT_EQ(l.table.Find("P2")->group, "Control");
  EXPECT_EQ((*l.table.Find("P1")->covariates)[0].second, "44,5");
}

TEST(Participants, Utf16TablesAreRead) {
  // "Unicode text" from a spreadsheet: UTF-16 LE with a byte order mark.
  const std::string utf8 = "participant_id\tgroup\r\nP\xC3\xBC" "1\tPatient\r\n";  // Pü1
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8.compare(i, 2, "\xC3\xBC") == 0) {
      utf16 += std::string("\xFC\x00", 2);
      ++i;
    } else {
      utf16 += utf8[i];
      utf16 += '\0';
    }
  }
  const Loaded l = Load(utf16);
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  ASSERT_NE(l.table.Find("P\xC3\xBC" "1"), nullptr);
  EXPECT_EQ(l.table.Find("P\xC3\xBC" "1")->group, "Patient");
}

TEST(Participants, AnEmptyGroupIsAWarningNamingTheCell) {
  const Loaded l = Load("participant_id,age,group\nP01,30,Control\nP03,41,\nP04,29,\"\"\n");
  ASSERT_TRUE(l.status.ok()) << l.status.message();
  // Kept, with the group unknown: not a group called "" or "(no group)".
  ASSERT_NE(l.table.Find("P03"), nullptr);
  EXPECT_EQ(l.table.Find("P03")->group, "");
  ASSERT_EQ(l.warnings.size(), 2u);
  EXPECT_EQ(l.warnings[0], "participants.tsv:3:8: participant \"P03\" has an empty group: group unknown");
  EXPECT_EQ(l.warnings[1], "participants.tsv:4:8: participant \"P04\" has an empty group: group unknown");
}

TEST(Participants, AnEmptyIdIsAWarningAndTheRowIsSkipped) {
  const Loaded l = Load("participant_id\tgroup\n\tPatient\nP2\tControl\n");
  ASSERT_TRUE(l.status.ok());
  EXPECT_EQ(l.table.size(), 1u);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0], "participants.tsv:2:1: expected a participant id, found an empty field: row skipped");
}

TEST(Participants, AQuoteLeftOpenIsAnError) {
  const Loaded l = Load("participant_id,group\nP1,\"Patient\nP2,Control\n");
  ASSERT_FALSE(l.status.ok());
  EXPECT_NE(l.status.message().find(":2:4: expected a closing quote"), std::string::npos) << l.status.message();
}

TEST(Participants, EmptyFileIsAnError) {
  const Loaded l = Load("");
  ASSERT_FALSE(l.status.ok());
  EXPECT_NE(l.status.message().find(":1:1: expected a header row, found an empty file"), std::string::npos);
}

TEST(Participants, MissingGroupColumnIsAnErrorListingTheColumnsFound) {
  const Loaded l = Load("participant_id\tage\tCohort\nP1\t3\tA\n");
  ASSERT_FALSE(l.status.ok());
  EXPECT_NE(l.status.message().find(":1:1: expected a column \"group\", found the columns \"participant_id\", \"age\", "
                                    "\"Cohort\""),
            std::string::npos)
      << l.status.message();
}

TEST(Participants, MissingIdColumnIsAnErrorNamingTheAliasesAndTheColumnsFound) {
  const Loaded l = Load("Name;Group\nP1;A\n");
  ASSERT_FALSE(l.status.ok());
  EXPECT_NE(l.status.message().find("expected a column \"participant_id\" (or participant, subject, subject_id, id), "
                                    "found the columns \"Name\", \"Group\""),
            std::string::npos)
      << l.status.message();
}

TEST(Participants, HeadersAreMatchedWithoutCaseSpacesOrUnderscores) {
  for (const char* header : {"Participant\tGroup", "Subject ID\tGROUP", "subject_id\tgroup", "ID\tGroup",
                             "\"Participant\";\"Group\""}) {
    std::string text = std::string(header) + "\nP001\tPatient\n";
    if (std::string(header).find(';') != std::string::npos) text = std::string(header) + "\nP001;Patient\n";
    const Loaded l = Load(text);
    ASSERT_TRUE(l.status.ok()) << header << ": " << l.status.message();
    ASSERT_NE(l.table.Find("P001"), nullptr) << header;
    EXPECT_EQ(l.table.Find("P001")->group, "Patient") << header;
  }
}

}  // namespace
}  // namespace tobii::io
