// A run's outputs as a researcher reads them (tables, results.json,
// figures, events), for tests that compare two runs byte for byte. Left
// out: run.json and report.html, which record the run itself (its folder,
// workers, timings), the result cache (the inputs' mtimes), and the records
// of the shards a merged run was analysed in (their hosts and timings).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "temp_dir.h"

namespace tobii::testing {

// Every such output, by path relative to `folder`, with its bytes.
inline std::map<std::string, std::string> ResearcherOutputs(const std::filesystem::path& folder) {
  namespace fs = std::filesystem;
  std::map<std::string, std::string> outputs;
  for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator(); ++it) {
    const std::string name = it->path().filename().string();
    if (it.depth() == 0 && (name == "cache" || name == "shards")) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || name == "run.json" || name == "report.html") continue;
    outputs[fs::relative(it->path(), folder).generic_string()] = ReadFile(it->path());
  }
  return outputs;
}

// The two folders hold the same outputs, byte for byte.
inline void ExpectSameOutputs(const std::filesystem::path& a, const std::filesystem::path& b) {
  const std::map<std::string, std::string> x = ResearcherOutputs(a);
  const std::map<std::string, std::string> y = ResearcherOutputs(b);
  ASSERT_GT(x.size(), 10u) << a << " holds too few outputs to be a run's";
  for (const auto& [path, bytes] : x) {
    const auto found = y.find(path);
    ASSERT_NE(found, y.end()) << path << " missing from " << b;
    EXPECT_TRUE(found->second == bytes) << path << " differs between " << a << " and " << b;
  }
  EXPECT_EQ(x.size(), y.size()) << b << " holds outputs " << a << " does not";
}

}  // namespace tobii::testing
