// A study whose recordings get no group stops the command line after
// discovery (exit 2, OUT untouched) unless --no-groups, or study.toml's
// `no-groups = true`, says one group is meant (issue 14).

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "support/program.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

using testing::ReadFile;
using testing::RunProgram;

namespace fs = std::filesystem;

std::string Quoted(const fs::path& path) {
  std::string quoted = "\"";
  quoted.append(path.string()).append("\"");
  return quoted;
}

// Every entry of `folder` (not below it).
std::set<std::string> Entries(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
  return names;
}

// The group column (the third) of summary.csv's rows.
std::set<std::string> GroupsOfSummary(const fs::path& out) {
  std::set<std::string> groups;
  const std::string text = ReadFile(out / "summary.csv");
  std::size_t at = text.find('\n') + 1;  // past the header
  while (at < text.size()) {
    const std::size_t first = text.find(',', at), second = text.find(',', first + 1);
    groups.insert(text.substr(second + 1, text.find(',', second + 1) - second - 1));
    at = text.find('\n', at) + 1;
  }
  return groups;
}

class NoGroupsTest : public ::testing::Test {
 protected:
  // A generated study of two participants (four recordings), without its participants table.
  void SetUp() override {
    ASSERT_EQ(RunProgram("generate --out " + Quoted(study_) + " --recordings 4 --minutes 0.1 --hz 60 --no-boris"), 0);
    ASSERT_TRUE(fs::remove(study_ / "participants.tsv"));
  }

  testing::TempDir dir_;
  const fs::path study_ = dir_.path() / "study";
};

TEST_F(NoGroupsTest, NoTableStopsBeforeReadingWithExitTwoAndOutUntouched) {
  // A recording that fails when read: its failure is not reached.
  testing::WriteText(study_ / "empty_export.tsv",
                     "Recording timestamp [ms]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n");
  const fs::path out = dir_.path() / "out";
  fs::create_directories(out);
  testing::WriteText(out / "notes.txt", "mine\n");
  const std::set<std::string> beside = Entries(dir_.path());
  std::string text;
  EXPECT_EQ(RunProgram("run " + Quoted(study_) + " --out " + Quoted(out) + " --force", &text), 2) << text;
  EXPECT_NE(text.find("error: no recording has a group: the study has no participants table (a TSV or CSV with "
                      "participant_id and group columns); give one, or pass --no-groups"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("expected gaze samples"), std::string::npos) << text;
  EXPECT_EQ(Entries(out), std::set<std::string>{"notes.txt"});
  EXPECT_EQ(Entries(dir_.path()), beside);  // no staging folder or lock left beside OUT

  const fs::path missing = dir_.path() / "missing";
  EXPECT_EQ(RunProgram("run " + Quoted(study_) + " --out " + Quoted(missing)), 2);
  EXPECT_FALSE(fs::exists(missing));
}

TEST_F(NoGroupsTest, ATableMatchingNobodyExitsWithTwoNamingIds) {
  testing::WriteText(study_ / "participants.tsv", "participant_id\tgroup\nsub-X01\tControl\nsub-X02\tPatient\n");
  std::string text;
  EXPECT_EQ(RunProgram("run " + Quoted(study_) + " --out " + Quoted(dir_.path() / "out"), &text), 2) << text;
  EXPECT_NE(text.find("participants.tsv was read but matched none of the 4 recordings' participants: it lists "
                      "sub-X01, sub-X02; the recordings are of P001, P002"),
            std::string::npos)
      << text;
  EXPECT_FALSE(fs::exists(dir_.path() / "out"));
}

TEST_F(NoGroupsTest, NoGroupsAnalysesTheStudyAsOneGroup) {
  const fs::path out = dir_.path() / "out";
  ASSERT_EQ(RunProgram("run " + Quoted(study_) + " --out " + Quoted(out) + " --no-groups --jobs 2"), 0);
  EXPECT_EQ(GroupsOfSummary(out), std::set<std::string>{""});
  EXPECT_NE(ReadFile(out / "run.json").find("\"no_groups\": true"), std::string::npos);
}

TEST_F(NoGroupsTest, StudyConfigSaysNoGroups) {
  testing::WriteText(study_ / "study.toml", "no-groups = true\n");
  const fs::path out = dir_.path() / "out";
  ASSERT_EQ(RunProgram("run " + Quoted(study_) + " --out " + Quoted(out) + " --jobs 2"), 0);
  EXPECT_NE(ReadFile(out / "run.json").find("\"no_groups\": true"), std::string::npos);
}

TEST_F(NoGroupsTest, AStudyWithGroupsRecordsThemRequired) {
  testing::WriteText(study_ / "participants.tsv", "participant_id\tgroup\nP001\tControl\nP002\tPatient\n");
  const fs::path out = dir_.path() / "out";
  ASSERT_EQ(RunProgram("run " + Quoted(study_) + " --out " + Quoted(out) + " --jobs 2"), 0);
  EXPECT_EQ(GroupsOfSummary(out), (std::set<std::string>{"Control", "Patient"}));
  EXPECT_NE(ReadFile(out / "run.json").find("\"no_groups\": false"), std::string::npos);
}

}  // namespace
}  // namespace tobii
