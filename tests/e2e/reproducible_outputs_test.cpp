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

#include "support/outputs.h"
#include "support/program.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

using testing::ReadFile;
using testing::ExpectSameOutputs;
using testing::RunProgram;

namespace fs = std::filesystem;

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
