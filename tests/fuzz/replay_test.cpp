// Every input the fuzzers ever found a crash with (tests/fuzz/regressions/
// <target>/), replayed through its target: a fixed crash stays fixed.
#include "targets.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace tobii::fuzz {
namespace {

namespace fs = std::filesystem;

TEST(FuzzRegressions, EverySavedInputRunsThroughItsTarget) {
  const fs::path root = fs::path(TOBII_SOURCE_DIR) / "tests/fuzz/regressions";
  int replayed = 0;
  for (const NamedTarget& target : AllTargets()) {
    const fs::path folder = root / target.name;
    if (!fs::is_directory(folder)) continue;
    for (const auto& entry : fs::directory_iterator(folder)) {
      std::ifstream in(entry.path(), std::ios::binary);
      const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      SCOPED_TRACE(entry.path().string());
      target.target(data);  // a crash or sanitizer report fails the suite
      ++replayed;
    }
  }
  std::printf("%d saved fuzz inputs replayed\n", replayed);
  EXPECT_GT(replayed, 0) << "no saved input found under " << root;
}

}  // namespace
}  // namespace tobii::fuzz
