// What a researcher can rely on from a run, through the program itself:
// killed at any moment, the next run of the same command finishes the study
// with the outputs of a run never interrupted; Ctrl-C or SIGTERM changes
// nothing in OUT; a full disk leaves nothing half-written; a second run
// into the same OUT, or a run into someone else's folder, is refused.

#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "../support/outputs.h"
#include "../support/program.h"
#include "../support/temp_dir.h"

namespace tobii {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::ExpectSameOutputs;
using testing::ResearcherOutputs;
using testing::RunProgram;

// The names beside OUT (in its parent folder).
std::vector<std::string> Beside(const fs::path& out) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(out.parent_path())) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Either no outputs at all (a cache at most) or a complete set.
void ExpectNoHalfSet(const fs::path& out) {
  if (!fs::exists(out)) return;
  const bool any = fs::exists(out / "summary.csv") || fs::exists(out / "run.json") || fs::exists(out / "figures");
  if (!any) return;
  for (const char* name : {"summary.csv", "group_stats.csv", "behavior_metrics.csv", "behavior_summary.csv",
                           "problems.csv", "results.json", "run.json", "report.html", "figures"}) {
    EXPECT_TRUE(fs::exists(out / name)) << out / name << " missing from a set that is in place";
  }
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    EXPECT_NE(entry.path().extension(), ".partial") << entry.path();
  }
}

class ConsistentOutputsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir("consistent-outputs");
    ASSERT_EQ(RunProgram("generate --out \"" + Study().string() + "\" --recordings 8 --minutes 1 --hz 120 --seed 21"),
              0);
    ASSERT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + Reference().string() + "\" --write-events"), 0);
  }
  static void TearDownTestSuite() { delete dir_; }
  static fs::path Study() { return dir_->path() / "study"; }
  static fs::path Reference() { return dir_->path() / "reference"; }
  static std::vector<std::string> RunArguments(const fs::path& out, const std::string& jobs = "2") {
    return {"run", Study().string(), "--out", out.string(), "--write-events", "--jobs", jobs};
  }

  static inline testing::TempDir* dir_ = nullptr;
};

TEST_F(ConsistentOutputsTest, KilledAtAnyMomentTheNextRunFinishesWithTheSameOutputs) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  const fs::path log = dir.path() / "log.txt";
  int killed_while_running = 0;
  for (int delay_ms : {5, 40, 80, 120, 160, 220, 300, 450}) {
    const pid_t pid = testing::StartProgram(RunArguments(out), log.string());
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    if (testing::WaitProgram(pid) == 128 + SIGKILL) ++killed_while_running;
    ExpectNoHalfSet(out);
  }
  EXPECT_GT(killed_while_running, 0) << "no kill came before the run ended: the study is too small for this machine";
  ASSERT_EQ(testing::WaitProgram(testing::StartProgram(RunArguments(out), log.string())), 0) << ReadFile(log);
  ExpectSameOutputs(out, Reference());
  EXPECT_EQ(Beside(out), (std::vector<std::string>{"log.txt", "out"})) << "a dead run's leftovers are cleared";
}

TEST_F(ConsistentOutputsTest, InterruptedRunChangesNothingInOutAndSaysSo) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + out.string() + "\" --no-boris"), 0);
  const auto before = ResearcherOutputs(out);
  const std::string run_json = ReadFile(out / "run.json");
  for (int signal : {SIGINT, SIGTERM}) {
    const fs::path log = dir.path() / ("log" + std::to_string(signal) + ".txt");
    // One worker, a recording at a time: the signal comes while the other
    // recordings are read.
    const pid_t pid = testing::StartProgram(RunArguments(out, "1"), log.string());
    ASSERT_GT(pid, 0);
    if (!testing::WaitForLog(log, "analysed 1/8", pid))
      GTEST_SKIP() << "the run ended before the signal came";
    ::kill(pid, signal);
    const int status = testing::WaitProgram(pid);
    if (status == 0) GTEST_SKIP() << "the run ended before the signal came";
    EXPECT_EQ(status, 128 + signal) << ReadFile(log);
    EXPECT_NE(ReadFile(log).find("interrupted: nothing was changed in"), std::string::npos) << ReadFile(log);
    EXPECT_TRUE(before == ResearcherOutputs(out)) << "the earlier run's outputs are as they were";
    EXPECT_EQ(ReadFile(out / "run.json"), run_json);
    EXPECT_FALSE(fs::exists(out / "events")) << "none of the interrupted run's events";
  }
}

TEST_F(ConsistentOutputsTest, ASecondRunIntoTheSameFolderIsRefusedWhileOneRuns) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  // As a running run holds it (run/output_set.h: the lock beside OUT).
  const int fd = ::open((dir.path() / ".out.lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  std::string output;
  EXPECT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + out.string() + "\"", &output), 1);
  EXPECT_NE(output.find("another tobii-pipeline run is writing into this folder"), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(out));
  ::close(fd);
  EXPECT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + out.string() + "\""), 0)
      << "a lock its holder let go of holds nothing";
}

TEST_F(ConsistentOutputsTest, OnAFileSystemThatCannotLockTheRunGoesOnAndSaysSo) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "a sanitizer's runtime must be the first library loaded: no other can be preloaded";
#endif
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  std::string output;
  ASSERT_EQ(
      testing::RunCommand(std::string("LD_PRELOAD=\"") + TOBII_NO_FLOCK_LIB + "\" \"" + TOBII_PIPELINE_EXE +
                              "\" run \"" + Study().string() + "\" --out \"" + out.string() + "\" 2>&1",
                          &output),
      0)
      << output;
  EXPECT_NE(
      output.find("cannot lock the output folder (Function not implemented): nothing keeps a second run out"),
      std::string::npos)
      << output;
  EXPECT_NE(ReadFile(out / "problems.csv").find("cannot lock the output folder"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.path() / ".out.lock")) << "the lock file is removed all the same";
}

TEST_F(ConsistentOutputsTest, AFolderThatIsNotOursIsRefusedUnlessForcedAndItsFilesAreKept) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "thesis";
  testing::WriteText(out / "chapter1.tex", "text\n");
  std::string output;
  EXPECT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + out.string() + "\"", &output), 1);
  EXPECT_NE(output.find("holds no tobii-pipeline outputs"), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(out / "summary.csv"));
  EXPECT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + out.string() + "\" --force"), 0);
  EXPECT_TRUE(fs::exists(out / "summary.csv"));
  EXPECT_EQ(ReadFile(out / "chapter1.tex"), "text\n");
}

TEST_F(ConsistentOutputsTest, AFullDiskLeavesTheEarlierOutputsWholeAndSaysWhichFile) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  ASSERT_EQ(RunProgram("run \"" + Study().string() + "\" --out \"" + out.string() + "\""), 0);
  const auto before = ResearcherOutputs(out);
  // Files may grow to 64 KiB only (ulimit -f counts 1024-byte blocks in
  // bash): the figures cannot be written, as on a full disk. SIGXFSZ is
  // ignored so that the write fails instead of killing the program.
  const std::string command = "bash -c 'trap \"\" XFSZ; ulimit -f 64; exec \"" + std::string(TOBII_PIPELINE_EXE) +
                              "\" run \"" + Study().string() + "\" --out \"" + out.string() +
                              "\" --no-cache --write-events' 2>&1";
  std::string output;
  std::FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  const int status = ::pclose(pipe);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1) << output;
  EXPECT_NE(output.find("write failed (disk full?)"), std::string::npos) << output;
  EXPECT_TRUE(before == ResearcherOutputs(out)) << "the earlier outputs are whole";
  EXPECT_FALSE(fs::exists(out / "events"));
  EXPECT_EQ(Beside(out), (std::vector<std::string>{"out"})) << "nothing half-written beside OUT";
  ExpectNoHalfSet(out);
}

}  // namespace
}  // namespace tobii
