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
  ASSERT_EQ(p->covariates.size(), 1u);
  EXPECT_EQ(p->covariates[0], (std::pair<std::string, std::string>{"age", "44"}));
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

TEST(Participants, MissingGroupColumnIsAnError) {
  const Loaded l = Load("participant_id\tage\nP1\t3\n");
  ASSERT_FALSE(l.status.ok());
  EXPECT_NE(l.status.message().find(":1:1: expected a column \"group\""), std::string::npos);
}

}  // namespace
}  // namespace tobii::io
