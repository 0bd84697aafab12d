// A real Tobii Studio export analysed by the program as a user runs it.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "support/program.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

using testing::RunProgram;

namespace fs = std::filesystem;

std::vector<std::string> Lines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(StudioRun, ARealStudio3ExportIsAnalysed) {
  const fs::path data = testing::SharedDir() / "data/real/d2lab-tobii-studio/data.tsv";
  if (!fs::exists(data)) GTEST_SKIP() << "real data not found at " << data << ": skipped";
  testing::TempDir dir;
  fs::create_directories(dir.path() / "study");
  fs::copy_file(data, dir.path() / "study" / "data.tsv");
  const fs::path out = dir.path() / "out";
  // One export and no participants table: one group, as meant.
  ASSERT_EQ(RunProgram("run \"" + (dir.path() / "study").string() + "\" --out \"" + out.string() + "\" --no-groups"),
            0);
  const std::vector<std::string> summary = Lines(out / "summary.csv");
  ASSERT_EQ(summary.size(), 2u);  // the header and the one recording
  EXPECT_TRUE(summary[1].starts_with("P01,Rec 01,")) << summary[1];
  // The recording was analysed, not listed as a problem.
  for (const std::string& line : Lines(out / "problems.csv")) {
    EXPECT_EQ(line.find("data.tsv,error"), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace tobii
