// A study split across a job array (tobii/shards.h): shards run side by side
// as plain processes into one OUT, as a Slurm array's tasks do, and `merge`
// gives what one `run` gives. Merge refuses, saying which shard, when a
// shard's results are missing or were made with other settings.

#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "../support/outputs.h"
#include "../support/program.h"
#include "../support/temp_dir.h"

namespace tobii {
namespace {

namespace fs = std::filesystem;
using testing::ExpectSameOutputs;
using testing::ReadFile;
using testing::RunProgram;

// A generated study of twelve short recordings, one export beside them
// that fails (its header alone), generated once for the suite.
class ShardsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir("shards");
    ASSERT_EQ(RunProgram("generate --out \"" + Study().string() +
                         "\" --recordings 12 --minutes 0.2 --hz 120 --seed 21"),
              0);
    const fs::path export_file = Study() / "data_G" / "P001_G.tsv";
    const std::string text = ReadFile(export_file);
    ASSERT_FALSE(text.empty()) << export_file;
    std::ofstream(Study() / "data_G" / "header_only.tsv", std::ios::binary)
        << text.substr(0, text.find('\n') + 1);
  }
  static void TearDownTestSuite() { delete dir_; }
  static fs::path Study() { return dir_->path() / "study"; }

  static std::string Quoted(const fs::path& path) {
    std::string quoted = "\"";
    return quoted.append(path.string()).append("\"");
  }

  // Shards `shards` of `count` into `out`, side by side, each its own
  // process; every exit status.
  static std::vector<int> RunShards(const fs::path& study, const fs::path& out,
                                    const std::vector<int>& shards, int count,
                                    const std::vector<std::string>& extra = {}) {
    std::vector<pid_t> started;
    for (int k : shards) {
      std::vector<std::string> arguments = {"run",     study.string(),
                                            "--out",   out.string(),
                                            "--jobs",  "1",
                                            "--shard", std::to_string(k) + "/" + std::to_string(count)};
      arguments.insert(arguments.end(), extra.begin(), extra.end());
      const std::string log = (out.parent_path() / ("shard-" + std::to_string(k) + ".log")).string();
      started.push_back(testing::StartProgram(arguments, log));
    }
    std::vector<int> statuses;
    for (pid_t pid : started) statuses.push_back(testing::WaitProgram(pid));
    return statuses;
  }

  // A copy of the study in `folder`, for a test that changes it.
  static fs::path CopyOfStudy(const fs::path& folder) {
    fs::copy(Study(), folder / "study", fs::copy_options::recursive);
    return folder / "study";
  }

  // `merge OUT`: its exit status, everything it printed in *output.
  static int Merge(const fs::path& out, std::string* output) {
    return RunProgram("merge " + Quoted(out), output);
  }

  static testing::TempDir* dir_;
};
testing::TempDir* ShardsTest::dir_ = nullptr;

TEST_F(ShardsTest, FourShardsSideBySideThenMergeGiveWhatOneRunGives) {
  testing::TempDir dir;
  const fs::path sharded = dir.path() / "sharded";
  EXPECT_EQ(RunShards(Study(), sharded, {1, 2, 3, 4}, 4, {"--write-events"}), (std::vector<int>{0, 0, 0, 0}));
  for (int k = 1; k <= 4; ++k)
    EXPECT_TRUE(fs::exists(sharded / "shards" / (std::to_string(k) + "-of-4.json"))) << k;
  EXPECT_FALSE(fs::exists(sharded / "summary.csv")) << "a shard writes no study outputs";
  std::string output;
  ASSERT_EQ(Merge(sharded, &output), 0) << output;
  EXPECT_NE(output.find("12 recordings' results taken from the shards'"), std::string::npos) << output;
  ASSERT_EQ(RunProgram("run " + Quoted(Study()) + " --out " + Quoted(dir.path() / "one") + " --write-events"),
            0);
  ExpectSameOutputs(sharded, dir.path() / "one");
  // The failed export is told as one run tells it.
  EXPECT_NE(ReadFile(sharded / "problems.csv").find("header_only.tsv"), std::string::npos);
  EXPECT_TRUE(fs::exists(sharded / "shards" / "1-of-4.json")) << "merge keeps the shards' records";
}

TEST_F(ShardsTest, EveryRecordingFallsInExactlyOneShare) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunShards(Study(), out, {1, 2, 3}, 3), (std::vector<int>{0, 0, 0}));
  std::multiset<std::string> listed;
  for (int k = 1; k <= 3; ++k) {
    const auto record = nlohmann::json::parse(ReadFile(out / "shards" / (std::to_string(k) + "-of-3.json")));
    for (const auto& line : record.at("recordings")) listed.insert(line.at("file").get<std::string>());
  }
  EXPECT_EQ(listed.size(), 13u);
  EXPECT_EQ(std::set<std::string>(listed.begin(), listed.end()).size(), 13u) << "a recording in two shares";
}

// The example job scripts (examples/slurm), run as Slurm would run them:
// the array's tasks side by side, each with its task id, then the merge.
TEST_F(ShardsTest, TheSlurmExampleScriptsRunAsAnArrayWouldRunThem) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  const fs::path examples = fs::path(TOBII_SOURCE_DIR) / "examples" / "slurm";
  const std::string environment = "TOBII_PIPELINE=" + Quoted(TOBII_PIPELINE_EXE) + " SLURM_CPUS_PER_TASK=1";
  std::string script =
      "cd " + Quoted(dir.path()) + " && pids=''; for k in 1 2 3; do SLURM_ARRAY_TASK_ID=$k " + environment +
      " bash " + Quoted(examples / "shards.sbatch") + " " + Quoted(Study()) + " " + Quoted(out) +
      " 3 >shard-$k.log 2>&1 & pids=\"$pids $!\"; done; " + "for p in $pids; do wait $p || exit 1; done; " +
      environment + " bash " + Quoted(examples / "merge.sbatch") + " " + Quoted(out) + " >merge.log 2>&1";
  std::string output;
  ASSERT_EQ(testing::RunCommand("bash -c '" + script + "'", &output), 0)
      << ReadFile(dir.path() / "shard-1.log") << ReadFile(dir.path() / "merge.log");
  EXPECT_TRUE(fs::exists(out / "report.html"));
  EXPECT_TRUE(fs::exists(out / "shards" / "3-of-3.json"));
}

TEST_F(ShardsTest, MergeListsTheRecordingsOfAShardThatDidNotFinishAndWritesNothing) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunShards(Study(), out, {1, 2, 4}, 4), (std::vector<int>{0, 0, 0}));
  std::string output;
  EXPECT_NE(Merge(out, &output), 0);
  EXPECT_NE(output.find("missing: "), std::string::npos) << output;
  EXPECT_NE(output.find("(shard 3/4)"), std::string::npos) << output;
  EXPECT_EQ(output.find("(shard 1/4)"), std::string::npos) << output;
  EXPECT_NE(output.find("shard 3/4 left no record"), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(out / "summary.csv"));
  EXPECT_FALSE(fs::exists(out / "run.json"));
  // Once the shard has run, the merge goes through.
  ASSERT_EQ(RunShards(Study(), out, {3}, 4), std::vector<int>{0});
  output.clear();
  EXPECT_EQ(Merge(out, &output), 0) << output;
}

TEST_F(ShardsTest, AnInterruptedShardLeavesNoRecordAndGoesOnWhereItStopped) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  // An earlier run of the shard left its record; this one reads every
  // recording again and is stopped.
  ASSERT_EQ(RunShards(Study(), out, {1}, 1), std::vector<int>{0});
  ASSERT_TRUE(fs::exists(out / "shards" / "1-of-1.json"));
  const fs::path log = dir.path() / "shard.log";
  const pid_t pid = testing::StartProgram(
      {"run", Study().string(), "--out", out.string(), "--jobs", "1", "--no-cache", "--shard", "1/1"},
      log.string());
  ASSERT_GT(pid, 0);
  if (!testing::WaitForLog(log, "analysed 1/13", pid))
    GTEST_SKIP() << "the shard ended before the signal came";
  ::kill(pid, SIGINT);
  const int status = testing::WaitProgram(pid);
  if (status == 0) GTEST_SKIP() << "the shard ended before the signal came";
  EXPECT_EQ(status, 128 + SIGINT) << ReadFile(log);
  EXPECT_NE(ReadFile(log).find("shard 1/1 interrupted: no record written"), std::string::npos)
      << ReadFile(log);
  EXPECT_FALSE(fs::exists(out / "shards" / "1-of-1.json"))
      << "the earlier run's record does not speak for this one";
  std::string output;
  EXPECT_NE(Merge(out, &output), 0) << "no record, no merge";
  output.clear();
  ASSERT_EQ(RunProgram("run " + Quoted(Study()) + " --out " + Quoted(out) + " --shard 1/1", &output), 0)
      << output;
  EXPECT_EQ(output.find("(0 already in the cache)"), std::string::npos)
      << "what it finished is reused: " << output;
  EXPECT_TRUE(fs::exists(out / "shards" / "1-of-1.json"));
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(out / "shards"))
    left.push_back(entry.path().filename().string());
  EXPECT_EQ(left, std::vector<std::string>{"1-of-1.json"}) << "no scratch folder is left";
}

TEST_F(ShardsTest, MergeListsRecordingsWhoseInputsOrFilesChangedSinceTheirShardRan) {
  testing::TempDir dir;
  const fs::path study = CopyOfStudy(dir.path());
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunShards(study, out, {1, 2}, 2), (std::vector<int>{0, 0}));
  fs::remove(study / "boris" / "P001_G.tsv");                                  // its annotations
  std::ofstream(study / "data_G" / "P002_G.tsv", std::ios::app) << "\n";       // its bytes
  std::ofstream(study / "data_G" / "header_only.tsv", std::ios::app) << "\n";  // a failed one's
  std::string output;
  EXPECT_NE(Merge(out, &output), 0);
  const auto said = [&](const std::string& file, const std::string& why) {
    for (std::size_t at = output.find("missing: " + file); at != std::string::npos;
         at = output.find("missing: " + file, at + 1)) {
      if (output.substr(at, output.find('\n', at) - at).find(why) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(said("data_G/P001_G.tsv", "with other inputs than the study has now")) << output;
  EXPECT_TRUE(said("data_G/P002_G.tsv", "not in the cache, or the file changed since")) << output;
  EXPECT_TRUE(said("data_G/header_only.tsv", "its file changed since shard")) << output;
  EXPECT_EQ(output.find("missing: data_G/P003_G.tsv"), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(out / "summary.csv"));
  // Run again, the shards read what changed, and the merge goes through.
  ASSERT_EQ(RunShards(study, out, {1, 2}, 2), (std::vector<int>{0, 0}));
  output.clear();
  EXPECT_EQ(Merge(out, &output), 0) << output;
}

TEST_F(ShardsTest, ShardsRunWithOtherWorkerCountsAgree) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  const std::string shard = "run " + Quoted(Study()) + " --out " + Quoted(out) + " --shard ";
  ASSERT_EQ(RunProgram(shard + "1/2 --jobs 2"), 0);
  ASSERT_EQ(RunProgram(shard + "2/2 --jobs=1"), 0);
  ASSERT_EQ(RunProgram(shard + "1/2"), 0) << "run again on a node of other cores";
  std::string output;
  EXPECT_EQ(Merge(out, &output), 0) << output;
}

TEST_F(ShardsTest, MergeRefusesShardsRunWithOtherArguments) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunShards(Study(), out, {1}, 2, {"--velocity-threshold", "35"}), std::vector<int>{0});
  ASSERT_EQ(RunShards(Study(), out, {2}, 2), std::vector<int>{0});
  std::string output;
  EXPECT_NE(Merge(out, &output), 0);
  EXPECT_NE(output.find("shard 2/2 was run with other arguments than shard 1/2"), std::string::npos)
      << output;
  EXPECT_FALSE(fs::exists(out / "summary.csv"));
}

TEST_F(ShardsTest, MergeRefusesWhenTheSettingsChangedSinceTheShardsRan) {
  testing::TempDir dir;
  const fs::path study = CopyOfStudy(dir.path());
  const fs::path config = study / "study.toml";
  std::ofstream(config) << "velocity-threshold = 35\n";
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunShards(study, out, {1, 2}, 2), (std::vector<int>{0, 0}));
  std::ofstream(config) << "velocity-threshold = 25\n";
  std::string output;
  EXPECT_NE(Merge(out, &output), 0);
  EXPECT_NE(output.find("was run with other settings than its arguments give now"), std::string::npos)
      << output;
  EXPECT_NE(output.find(": 35.0 there, 25.0 here"), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(out / "summary.csv"));
}

TEST_F(ShardsTest, MergeListsARecordingAddedAfterTheShardsRan) {
  testing::TempDir dir;
  const fs::path study = CopyOfStudy(dir.path());
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunShards(study, out, {1, 2}, 2), (std::vector<int>{0, 0}));
  fs::copy_file(study / "data_G" / "header_only.tsv", study / "data_G" / "added_later.tsv");
  std::string output;
  EXPECT_NE(Merge(out, &output), 0);
  EXPECT_NE(output.find("added_later.tsv"), std::string::npos) << output;
  EXPECT_NE(output.find("does not list it"), std::string::npos) << output;
}

TEST_F(ShardsTest, MergeWithoutShardsSaysHowToRunThem) {
  testing::TempDir dir;
  std::string output;
  EXPECT_NE(Merge(dir.path() / "nothing", &output), 0);
  EXPECT_NE(output.find("--shard K/N"), std::string::npos) << output;
}

TEST_F(ShardsTest, AShardOutsideItsRangeIsAUsageError) {
  testing::TempDir dir;
  std::string output;
  EXPECT_EQ(
      RunProgram("run " + Quoted(Study()) + " --out " + Quoted(dir.path() / "out") + " --shard 0/4", &output),
      2);
  EXPECT_NE(output.find("1 <= K <= N"), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

}  // namespace
}  // namespace tobii
