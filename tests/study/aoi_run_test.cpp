// A study with its own AOI file, run whole: run.json records the file, a
// changed file reads every recording again (an unchanged one none), and a
// broken one stops the run before any recording is read.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

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

}  // namespace
}  // namespace tobii::study
