// Discovery finds the design table by its header and gives the recordings
// their conditions from it.

#include <gtest/gtest.h>

#include <map>

#include "study/discover.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

using testing::WriteText;

const char kUnnamed[] =
    "Recording timestamp [ms]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n0\t1\t2\tValid\tValid\n";

std::map<std::string, std::string> Roles(const StudyInputs& inputs) {
  std::map<std::string, std::string> roles;
  for (const FileVerdict& f : inputs.files) roles[f.file] = f.role;
  return roles;
}

std::map<std::string, std::string> Conditions(const StudyInputs& inputs) {
  std::map<std::string, std::string> conditions;
  for (const RecordingInput& r : inputs.recordings) conditions[r.file] = r.condition + "/" + r.session;
  return conditions;
}

TEST(DesignDiscover, ATableWithParticipantIdsGivesConditionsNotGroups) {
  testing::TempDir dir;
  WriteText(dir.path() / "data" / "P01_a.tsv", kUnnamed);
  WriteText(dir.path() / "data" / "P01_b.tsv", kUnnamed);
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nP01\tPatient\n");
  WriteText(dir.path() / "design.csv",
            "participant_id,recording,condition,session\nP01,a,light,1\nP01,b,dark,2\n");
  DiscoverOptions options;
  options.names_from_path = "data/{participant}_{recording}.tsv";
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs, options).ok());
  EXPECT_EQ(Roles(inputs).at("design.csv"), "design table");
  EXPECT_EQ(Roles(inputs).at("participants.tsv"), "participants");
  EXPECT_EQ(inputs.design_table, "design.csv");
  EXPECT_EQ(Conditions(inputs), (std::map<std::string, std::string>{{"data/P01_a.tsv", "light/1"},
                                                                      {"data/P01_b.tsv", "dark/2"}}));
  for (const RecordingInput& r : inputs.recordings) EXPECT_EQ(r.group, "Patient");
  EXPECT_TRUE(inputs.problems.empty());
}

TEST(DesignDiscover, TwoDesignTablesAreAnErrorAndNeitherIsUsed) {
  testing::TempDir dir;
  WriteText(dir.path() / "data_G" / "P01.tsv", kUnnamed);
  WriteText(dir.path() / "design.csv", "recording,condition\nP01,light\n");
  WriteText(dir.path() / "old" / "design.tsv", "recording\tcondition\nP01\tdark\n");
  DiscoverOptions options;
  options.names_from_path = "data_{condition}/{participant}.tsv";
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(dir.path(), &inputs, options).ok());
  EXPECT_EQ(Roles(inputs).at("design.csv"), "not read");
  EXPECT_EQ(Roles(inputs).at("old/design.tsv"), "not read");
  EXPECT_EQ(inputs.design_table, "");
  EXPECT_EQ(Conditions(inputs), (std::map<std::string, std::string>{{"data_G/P01.tsv", "G/"}}));
  std::vector<std::string> errors;
  for (const Problem& p : inputs.problems) {
    if (p.severity == Severity::kError) errors.push_back(p.file + ": " + p.message);
  }
  EXPECT_EQ(errors, (std::vector<std::string>{
                        "design.csv: one of 2 design tables (design.csv, old/design.tsv): neither is used; keep one",
                        "old/design.tsv: one of 2 design tables (design.csv, old/design.tsv): neither is used; "
                        "keep one"}));
}

TEST(DesignDiscover, ABrokenDesignTableStopsDiscovery) {
  testing::TempDir dir;
  WriteText(dir.path() / "P01.tsv", kUnnamed);
  WriteText(dir.path() / "design.csv", "recording,condition\nP01,light\n,dark\n");
  StudyInputs inputs;
  const Status s = DiscoverStudy(dir.path(), &inputs);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "design.csv:3:1: expected a recording name, found an empty field");
}

}  // namespace
}  // namespace tobii::study
