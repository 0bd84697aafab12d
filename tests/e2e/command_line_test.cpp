// The installed program as a user runs it: exit statuses and outputs.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/temp_dir.h"

namespace tobii {
namespace {

namespace fs = std::filesystem;

int RunProgram(const std::string& arguments) {
  const std::string command = std::string("\"") + TOBII_PIPELINE_EXE + "\" " + arguments + " >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(CommandLine, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunProgram(""), 2);
  EXPECT_EQ(RunProgram("frobnicate"), 2);
  EXPECT_EQ(RunProgram("run"), 2);
  EXPECT_EQ(RunProgram("generate --out x --hz -5"), 2);
  EXPECT_EQ(RunProgram("--help"), 0);
}

TEST(CommandLine, GenerateThenRunWritesTheTables) {
  testing::TempDir dir;
  const std::string study = (dir.path() / "study").string();
  const std::string out = (dir.path() / "out").string();
  ASSERT_EQ(RunProgram("generate --out \"" + study + "\" --recordings 3 --minutes 0.2 --hz 60 --seed 42"), 0);
  ASSERT_EQ(RunProgram("run \"" + study + "\" --out \"" + out + "\" --jobs 2"), 0);
  for (const char* name : {"summary.csv", "problems.csv", "run.json"}) {
    EXPECT_TRUE(fs::exists(fs::path(out) / name)) << name;
  }
}

TEST(CommandLine, StudyWithNothingToAnalyseExitsWithOne) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "empty");
  EXPECT_EQ(RunProgram("run \"" + (dir.path() / "empty").string() + "\" --out \"" + (dir.path() / "out").string() + "\""),
            1);
}

}  // namespace
}  // namespace tobii
