// A study whose folders do not name the conditions, run with a design
// table that does: summary.csv carries the table's conditions and the
// conditions are compared within participants.

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "support/study_files.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;
using gen::testing::ReadLines;
using gen::testing::Split;

TEST(DesignRun, TheDesignTableGivesTheConditionsTheRunCompares) {
  gen::testing::TempFolder dir;
  const fs::path study = dir.path() / "study";
  gen::GeneratedStudy generated;
  ASSERT_TRUE(gen::GenerateStudy(gen::testing::SmallOptions(study), &generated).ok());
  // Conditions of the table's own naming (not the folders' G and L), keyed
  // by recording name for the first participant and by file for the rest.
  std::map<std::string, std::string> expected;  // recording -> condition
  std::string design = "participant_id\trecording\tcondition\n";
  for (std::size_t i = 0; i < generated.recordings.size(); ++i) {
    const gen::GeneratedRecording& r = generated.recordings[i];
    const std::string condition = r.recording.ends_with("_G") ? "bright" : "dim";
    expected[r.recording] = condition;
    const std::string named = i < 2 ? r.recording : r.file;
    design.append(r.participant_id).append("\t").append(named).append("\t").append(condition).append("\n");
  }
  ASSERT_EQ(expected.size(), 8u);
  tobii::testing::WriteText(study / "design.tsv", design);

  RunOptions options;
  options.study = study;
  options.out = dir.path() / "out";
  RunSummary summary;
  const Status s = RunStudy(options, nullptr, &summary);
  ASSERT_TRUE(s.ok()) << s.message();
  for (const Problem& p : summary.problems) EXPECT_NE(p.file, "design.tsv") << p.message;

  const std::vector<std::string> lines = ReadLines(options.out / results::kSummaryTable);
  ASSERT_EQ(lines.size(), 1 + expected.size());
  const std::vector<std::string> header = Split(lines[0], ',');
  ASSERT_GE(header.size(), 4u);
  ASSERT_EQ(header[1], "recording");
  ASSERT_EQ(header[3], "condition");
  std::map<std::string, std::string> found;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::vector<std::string> row = Split(lines[i], ',');
    found[row[1]] = row[3];
  }
  EXPECT_EQ(found, expected);

  // Each group's participants compared between the table's conditions.
  const std::vector<std::string> compared = ReadLines(options.out / results::kConditionStatsTable);
  ASSERT_GT(compared.size(), 1u);
  const std::vector<std::string> first = Split(compared[1], ',');
  ASSERT_GE(first.size(), 4u);
  EXPECT_EQ(first[2], "dim");     // the later of the two in name order
  EXPECT_EQ(first[3], "bright");  // its reference

  // run.json says how the table was read.
  const std::string run_json = gen::testing::ReadFile(options.out / results::kRunRecord);
  EXPECT_NE(run_json.find("\"design table\""), std::string::npos);
}

}  // namespace
}  // namespace tobii::study
