// A study with its own AOI file, run whole: run.json records the file, a
// changed file reads every recording again (an unchanged one none), and a
// broken one stops the run before any recording is read.

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "study/discover.h"
#include "support/study_files.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

constexpr char kAois[] =
    "[[aoi]]\nname = \"centre\"\nshape = \"ellipse\"\ncx = 960\ncy = 540\nrx = 300\nry = 200\n";

Status RunInto(const fs::path& study, const fs::path& out, RunSummary* summary) {
  RunOptions options;
  options.study = study;
  options.out = out;
  return RunStudy(options, nullptr, summary);
}

TEST(AoiRun, TheAoiFileIsRecordedAndKeysTheCache) {
  gen::testing::TempFolder dir;
  const fs::path study = dir.path() / "study";
  ASSERT_TRUE(gen::GenerateStudy(gen::testing::SmallOptions(study), nullptr).ok());
  tobii::testing::WriteText(study / "aois.toml", kAois);
  const fs::path out = dir.path() / "out";

  RunSummary first;
  Status s = RunInto(study, out, &first);
  ASSERT_TRUE(s.ok()) << s.message();
  const nlohmann::json record = nlohmann::json::parse(gen::testing::ReadFile(out / results::kRunRecord));
  EXPECT_EQ(record["aoi_file"], "aois.toml");
  bool listed = false;
  for (const auto& file : record["files"]) {
    if (file["file"] == "aois.toml") listed = file["role"] == "aoi definitions";
  }
  EXPECT_TRUE(listed);
  ASSERT_EQ(first.reused, 0u);
  const std::size_t analysed = first.analysed;
  ASSERT_GT(analysed, 0u);

  // A comment changes no AOI: every recording is reused.
  tobii::testing::WriteText(study / "aois.toml", std::string("# the screen's centre\n") + kAois);
  RunSummary same;
  s = RunInto(study, out, &same);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(same.reused, analysed);

  // A wider AOI: every recording is read again.
  std::string wider = kAois;
  wider.replace(wider.find("rx = 300"), 8, "rx = 400");
  tobii::testing::WriteText(study / "aois.toml", wider);
  RunSummary changed;
  s = RunInto(study, out, &changed);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(changed.reused, 0u);
  EXPECT_EQ(changed.analysed, analysed);
}

TEST(AoiRun, ABrokenAoiFileStopsTheRunBeforeAnyRecording) {
  gen::testing::TempFolder dir;
  const fs::path study = dir.path() / "study";
  ASSERT_TRUE(gen::GenerateStudy(gen::testing::SmallOptions(study), nullptr).ok());
  fs::remove(study / "aois.toml");  // the generator's: the study holds one AOI file
  tobii::testing::WriteText(study / "aois.csv", "aoi,shape,x,y,width,height\nbutton,rectangle,10,20,-30,40\n");
  RunSummary summary;
  const Status s = RunInto(study, dir.path() / "out", &summary);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "aois.csv:2:24: expected width greater than 0, found -30");
  EXPECT_EQ(summary.analysed, 0u);
  EXPECT_FALSE(fs::exists(dir.path() / "out" / results::kRunRecord));
}

TEST(AoiRun, TheIntervalTablesRowsAreIntervalsOfTheirRecordings) {
  gen::testing::TempFolder dir;
  const fs::path study = dir.path() / "study";
  ASSERT_TRUE(gen::GenerateStudy(gen::testing::SmallOptions(study), nullptr).ok());
  StudyInputs inputs;
  ASSERT_TRUE(DiscoverStudy(study, &inputs).ok());
  ASSERT_GE(inputs.recordings.size(), 2u);
  const std::string first = inputs.recordings[0].file;
  const std::string second = inputs.recordings[1].recording;
  const std::string second_participant = inputs.recordings[1].participant_id;
  const auto table = [&](int end_ms) {
    return "recording,participant_id,interval,start_ms,end_ms\n" + first + ",,calm,1000,5000\n" + first +
           ",,calm,8000,12000\n" + second + "," + second_participant + ",calm,2000," +
           std::to_string(end_ms) + "\nnobody,,calm,0,1\n" + first + ",,late,100000000,100000001\n";
  };
  tobii::testing::WriteText(study / "timing" / "intervals.csv", table(6000));
  const fs::path out = dir.path() / "out";
  RunSummary summary;
  Status s = RunInto(study, out, &summary);
  ASSERT_TRUE(s.ok()) << s.message();

  const nlohmann::json record = nlohmann::json::parse(gen::testing::ReadFile(out / results::kRunRecord));
  EXPECT_EQ(record["interval_tables"], nlohmann::json::array({"timing/intervals.csv"}));
  std::vector<std::string> rows;
  for (const auto& row : gen::testing::ReadCsv(out / results::kIntervalMetricsTable)) {
    if (row.at("kind") != "table") continue;
    rows.push_back(row.at("recording") + " " + row.at("interval") + " " + row.at("occurrence") + " " +
                   row.at("start_ms") + ".." + row.at("end_ms"));
    EXPECT_GT(std::stoi(row.at("fixation_count")), 0) << rows.back();
  }
  const std::string first_name = inputs.recordings[0].recording;
  EXPECT_EQ(rows,
            (std::vector<std::string>{first_name + " calm 1 1000..5000", first_name + " calm 2 8000..12000",
                                      second + " calm 1 2000..6000"}));
  bool told = false, outside = false;
  for (const auto& problem : gen::testing::ReadCsv(out / results::kProblemsTable)) {
    told = told ||
           problem.at("message") == "recording \"nobody\" is not in the study: interval \"calm\" not used";
    outside =
        outside || (problem.at("file") == "timing/intervals.csv:6" &&
                    problem.at("message").starts_with("interval \"late\" (100000000..100000001 ms) lies "
                                                      "outside recording"));
  }
  EXPECT_TRUE(told);
  EXPECT_TRUE(outside);

  // One row changed: its recording alone is read again.
  tobii::testing::WriteText(study / "timing" / "intervals.csv", table(7000));
  RunSummary again;
  s = RunInto(study, out, &again);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(again.analysed, summary.analysed);
  EXPECT_EQ(again.reused, summary.analysed - 1);
}

}  // namespace
}  // namespace tobii::study
