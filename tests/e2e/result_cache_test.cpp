// The result cache (run/result_cache.h) through the program: a second run
// reads only what changed, and its outputs are those of a run that read
// everything.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <chrono>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "../support/outputs.h"
#include "../support/program.h"
#include "../support/temp_dir.h"

namespace tobii {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::ExpectSameOutputs;
using testing::RunProgram;

// A study of six short recordings, generated once for the suite.
class ResultCacheTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir("result-cache");
    ASSERT_EQ(RunProgram("generate --out \"" + Study().string() + "\" --recordings 6 --minutes 0.2 --hz 120 --seed 9"),
              0);
  }
  static void TearDownTestSuite() { delete dir_; }
  static fs::path Study() { return dir_->path() / "study"; }

  // `run STUDY --out OUT EXTRA`; its exit status.
  static int Run(const fs::path& study, const fs::path& out, const std::string& extra = "") {
    return RunProgram("run \"" + study.string() + "\" --out \"" + out.string() + "\" " + extra);
  }
  // How many recordings the run into `out` took from the cache, and which.
  static nlohmann::json RunRecord(const fs::path& out) { return nlohmann::json::parse(ReadFile(out / "run.json")); }
  static int Reused(const fs::path& out) { return RunRecord(out)["recordings"]["reused_from_cache"].get<int>(); }
  static std::set<std::string> ReadAgain(const fs::path& out) {
    std::set<std::string> files;
    const nlohmann::json record = RunRecord(out);
    for (const auto& input : record["inputs"]) {
      if (!input["from_cache"].get<bool>()) files.insert(input["file"].get<std::string>());
    }
    return files;
  }

  static testing::TempDir* dir_;
};
testing::TempDir* ResultCacheTest::dir_ = nullptr;

TEST_F(ResultCacheTest, ASecondRunReusesEveryRecordingAndGivesTheSameOutputs) {
  testing::TempDir dir;
  ASSERT_EQ(Run(Study(), dir.path() / "out", "--write-events"), 0);
  EXPECT_EQ(Reused(dir.path() / "out"), 0);
  ASSERT_EQ(Run(Study(), dir.path() / "fresh", "--write-events"), 0);
  std::string output;
  ASSERT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + (dir.path() / "out").string() + "\" --write-events",
                       &output),
            0);
  EXPECT_EQ(Reused(dir.path() / "out"), 6);
  EXPECT_NE(output.find("6 unchanged since the last run"), std::string::npos) << output;
  ExpectSameOutputs(dir.path() / "out", dir.path() / "fresh");
}

TEST_F(ResultCacheTest, FigureOptionsReuseEverythingAndAnalysisSettingsNothing) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(Run(Study(), out), 0);
  ASSERT_EQ(Run(Study(), out, "--heatmap-sigma-deg 2"), 0);
  EXPECT_EQ(Reused(out), 6);
  ASSERT_EQ(Run(Study(), out, "--velocity-threshold 35"), 0);
  EXPECT_EQ(Reused(out), 0);
  ASSERT_EQ(Run(Study(), out, "--no-cache --velocity-threshold 35"), 0);
  EXPECT_EQ(Reused(out), 0) << "--no-cache reads every recording";
  EXPECT_FALSE(RunRecord(out)["cache_read"].get<bool>());
}

TEST_F(ResultCacheTest, OnlyChangedRecordingsAndAnnotationsAreReadAgain) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "study";
  fs::copy(Study(), study, fs::copy_options::recursive);
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(Run(study, out), 0);

  // Touched, same bytes: its content hash says it is unchanged.
  fs::last_write_time(study / "data_G" / "P001_G.tsv",
                      fs::last_write_time(study / "data_G" / "P001_G.tsv") + std::chrono::hours(1));
  // Changed bytes of the same size: a sample's digit.
  const fs::path changed = study / "data_G" / "P002_G.tsv";
  const fs::file_time_type read_at = fs::last_write_time(changed);
  std::string bytes = ReadFile(changed);
  const std::size_t last_digit = bytes.find_last_of("123456789");
  ASSERT_NE(last_digit, std::string::npos);
  bytes[last_digit] = bytes[last_digit] == '1' ? '2' : '1';
  std::ofstream(changed, std::ios::binary | std::ios::trunc) << bytes;
  // Its time moved on as a later save's would: a file system that keeps
  // whole seconds could give it the time the run saw, within the second.
  fs::last_write_time(changed, read_at + std::chrono::hours(1));
  // Its annotations gone: P001_L's behaviours change.
  fs::remove(study / "boris" / "P001_L.csv");

  ASSERT_EQ(Run(study, out), 0);
  EXPECT_EQ(ReadAgain(out), (std::set<std::string>{"data_G/P002_G.tsv", "data_L/P001_L.tsv"}));
  EXPECT_EQ(Reused(out), 4);

  // And the result is that of a run that read everything.
  ASSERT_EQ(Run(study, dir.path() / "fresh", "--no-cache"), 0);
  ExpectSameOutputs(out, dir.path() / "fresh");
}

TEST_F(ResultCacheTest, AGlassesRecordingIsReadAgainWhenItsSceneCameraFileChanges) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "glasses";
  ASSERT_EQ(RunProgram("generate --out \"" + study.string() + "\" --recordings 2 --minutes 0.1 --formats glasses3"), 0);
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(Run(study, out), 0);
  ASSERT_EQ(Run(study, out), 0);
  EXPECT_EQ(Reused(out), 2);
  // recording.g3 gives the scene camera's resolution: pixels to degrees.
  const fs::path recording = study / "data_G" / "P001_G" / "recording.g3";
  ASSERT_TRUE(fs::exists(recording));
  std::ofstream(recording, std::ios::app) << "\n";
  ASSERT_EQ(Run(study, out), 0);
  EXPECT_EQ(Reused(out), 1);
}

TEST_F(ResultCacheTest, EventsAskedForLaterAreWrittenByReadingAgain) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(Run(Study(), out), 0);
  ASSERT_EQ(Run(Study(), out, "--write-events"), 0);
  EXPECT_EQ(Reused(out), 0) << "the cache held no events";
  ASSERT_EQ(Run(Study(), out), 0);
  EXPECT_FALSE(fs::exists(out / "events")) << "a run without --write-events leaves no earlier events";
  ASSERT_EQ(Run(Study(), out, "--write-events"), 0);
  EXPECT_EQ(Reused(out), 6) << "the events were kept with the results";
  ASSERT_EQ(Run(Study(), dir.path() / "fresh", "--write-events"), 0);
  ExpectSameOutputs(out, dir.path() / "fresh");
}

TEST_F(ResultCacheTest, ADamagedEntryIsReadAgainNotTrusted) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(Run(Study(), out), 0);
  int damaged = 0;
  for (const auto& entry : fs::directory_iterator(out / "cache")) {
    if (entry.path().extension() != ".json") continue;
    std::string text = ReadFile(entry.path());
    std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);
    ++damaged;
    break;
  }
  ASSERT_EQ(damaged, 1);
  ASSERT_EQ(Run(Study(), out), 0);
  EXPECT_EQ(Reused(out), 5);
  ASSERT_EQ(Run(Study(), dir.path() / "fresh"), 0);
  ExpectSameOutputs(out, dir.path() / "fresh");
}

}  // namespace
}  // namespace tobii
