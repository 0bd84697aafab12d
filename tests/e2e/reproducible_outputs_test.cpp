// The same study gives the same tables, results.json and figures, byte for
// byte, whatever the worker count and whatever order its files are found
// in. run.json and report.html record the run itself (its folder, workers,
// timings) and are left out, and so is the result cache (the inputs'
// mtimes).

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "support/program.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

using testing::ReadFile;
using testing::RunProgram;

namespace fs = std::filesystem;

// Every output but the run's own record, by path relative to the folder.
std::map<std::string, std::string> Outputs(const fs::path& folder) {
  std::map<std::string, std::string> outputs;
  for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator(); ++it) {
    const fs::directory_entry& entry = *it;
    const std::string name = entry.path().filename().string();
    if (it.depth() == 0 && name == "cache") {  // the inputs' mtimes, and made by each run apart
      it.disable_recursion_pending();
      continue;
    }
    if (!entry.is_regular_file() || name == "run.json" || name == "report.html") continue;
    outputs[fs::relative(entry.path(), folder).generic_string()] = ReadFile(entry.path());
  }
  return outputs;
}

void ExpectSameOutputs(const fs::path& a, const fs::path& b) {
  const std::map<std::string, std::string> x = Outputs(a);
  const std::map<std::string, std::string> y = Outputs(b);
  ASSERT_GT(x.size(), 10u);
  for (const auto& [path, bytes] : x) {
    const auto found = y.find(path);
    ASSERT_NE(found, y.end()) << path << " missing from " << b;
    EXPECT_TRUE(found->second == bytes) << path << " differs between " << a << " and " << b;
  }
  EXPECT_EQ(x.size(), y.size());
}

// Copies the study file by file in the reverse of its sorted order, so
// that a folder listing (which follows creation order on many file
// systems) finds them in another order.
void CopyReversed(const fs::path& from, const fs::path& to) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    if (entry.is_regular_file()) files.push_back(fs::relative(entry.path(), from));
  }
  std::sort(files.rbegin(), files.rend());
  for (const fs::path& file : files) {
    fs::create_directories((to / file).parent_path());
    fs::copy_file(from / file, to / file);
  }
}

TEST(ReproducibleOutputs, AnyWorkerCountAndAnyFileOrderGiveTheSameBytes) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "study";
  ASSERT_EQ(RunProgram("generate --out \"" + study.string() + "\" --recordings 6 --minutes 0.2 --hz 120 --seed 5"),
            0);
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + (dir.path() / "one").string() +
                       "\" --jobs 1 --write-events"),
            0);
  ASSERT_EQ(RunProgram("run \"" + study.string() + "\" --out \"" + (dir.path() / "three").string() +
                       "\" --jobs 3 --write-events"),
            0);
  ExpectSameOutputs(dir.path() / "one", dir.path() / "three");

  const fs::path reversed = dir.path() / "reversed";
  CopyReversed(study, reversed);
  ASSERT_EQ(RunProgram("run \"" + reversed.string() + "\" --out \"" + (dir.path() / "other_order").string() +
                       "\" --jobs 2 --write-events"),
            0);
  ExpectSameOutputs(dir.path() / "one", dir.path() / "other_order");
}

}  // namespace
}  // namespace tobii
