// Every output of the demo study, and of a run of it that writes events,
// byte for byte as tests/e2e/golden_outputs.txt records them: a refactoring
// that changes one number, one figure pixel or one report line fails here.
//
// What legitimately changes from run to run is masked first: the folders of
// this run, the executable's path, the timings and memory of run.json (and
// of the report that shows it), and the worker count, which follows the
// machine's cores. The result cache is left out (it records the inputs'
// mtimes). Everything else is compared as written.
//
// After a change meant to alter outputs, rewrite the record with
//   TOBII_UPDATE_GOLDEN=1 ctest --test-dir build -R GoldenOutputs
// and say in the commit which outputs changed and why.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "support/program.h"
#include "support/temp_dir.h"

namespace tobii {
namespace {

using testing::ReadFile;
using testing::RunProgram;

namespace fs = std::filesystem;

const fs::path kRecord = fs::path(TOBII_SOURCE_DIR) / "tests" / "e2e" / "golden_outputs.txt";

void ReplaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// The text with what differs between two identical runs masked. The keys
// are run.json's (also shown, HTML-escaped, in report.html) and the
// per-recording "seconds" of results.json.
std::string Masked(std::string text, const fs::path& root) {
  ReplaceAll(text, TOBII_PIPELINE_EXE, "<exe>");
  ReplaceAll(text, root.string(), "<root>");
  static const std::regex volatile_number(
      R"(((?:"|&quot;)(?:seconds|after_analyse|after_discover|total|analyse|discover|write|)"
      R"(throughput_mb_per_s|jobs)(?:"|&quot;): )-?[0-9][0-9.eE+-]*)");
  return std::regex_replace(text, volatile_number, "$1<masked>");
}

// FNV-1a, 64 bits: a fingerprint to notice a change, not a defence
// against forgery, so no cryptographic hash is needed.
std::uint64_t Fingerprint(const std::string& bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char byte : bytes) {
    hash = (hash ^ byte) * 1099511628211ull;
  }
  return hash;
}

bool IsText(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".csv" || extension == ".json" || extension == ".html" || extension == ".svg";
}

// "relative/path fingerprint size" per output file, sorted by path.
std::map<std::string, std::string> Record(const fs::path& folder, const std::string& label, const fs::path& root) {
  std::map<std::string, std::string> record;
  for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator(); ++it) {
    const fs::directory_entry& entry = *it;
    // The result cache holds the inputs' mtimes: it is tested apart
    // (tests/e2e/result_cache_test.cpp).
    if (it.depth() == 0 && entry.path().filename() == "cache") {
      it.disable_recursion_pending();
      continue;
    }
    if (!entry.is_regular_file()) continue;
    std::string bytes = ReadFile(entry.path());
    if (IsText(entry.path())) bytes = Masked(std::move(bytes), root);
    record[label + "/" + fs::relative(entry.path(), folder).generic_string()] =
        fmt::format("{:016x} {}", Fingerprint(bytes), bytes.size());
  }
  return record;
}

std::map<std::string, std::string> ReadRecord() {
  std::map<std::string, std::string> record;
  std::ifstream in(kRecord);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const auto space = line.find(' ');
    record[line.substr(0, space)] = line.substr(space + 1);
  }
  return record;
}

TEST(GoldenOutputs, DemoStudyOutputsAreByteIdenticalToTheRecord) {
  testing::TempDir dir;
  const fs::path root = dir.path();
  ASSERT_EQ(RunProgram("demo --out \"" + root.string() + "\""), 0);
  const fs::path events_out = root / "with_events";
  ASSERT_EQ(RunProgram("run \"" + (root / "study").string() + "\" --out \"" + events_out.string() +
                       "\" --write-events --detector idt --sample-count 0"),
            0);

  std::map<std::string, std::string> actual = Record(root / "results", "demo", root);
  actual.merge(Record(events_out, "events_idt", root));

  if (std::getenv("TOBII_UPDATE_GOLDEN") != nullptr) {
    std::ofstream out(kRecord);
    out << "# Outputs of tests/e2e/golden_outputs_test.cpp: path, FNV-1a 64 of the masked bytes, size.\n";
    for (const auto& [path, print] : actual) out << path << ' ' << print << '\n';
    GTEST_SKIP() << "record rewritten: " << kRecord;
  }

  const std::map<std::string, std::string> expected = ReadRecord();
  ASSERT_FALSE(expected.empty()) << "no record at " << kRecord;
  for (const auto& [path, print] : expected) {
    const auto found = actual.find(path);
    if (found == actual.end()) {
      ADD_FAILURE() << path << ": no longer written";
    } else {
      EXPECT_EQ(found->second, print) << path << ": differs from the record";
    }
  }
  for (const auto& [path, print] : actual) {
    EXPECT_TRUE(expected.contains(path)) << path << ": written but not in the record";
  }
}

}  // namespace
}  // namespace tobii
