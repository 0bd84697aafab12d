// A fresh folder under the system temp folder, removed when the object
// goes. Named after the running test, or after `tag` where one is given
// (suite set-up runs outside any test).
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <unistd.h>

namespace tobii::testing {

class TempDir {
 public:
  explicit TempDir(std::string_view tag = "") {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string label = !tag.empty() ? std::string(tag) : info != nullptr ? info->name() : "suite";
    const std::string name = "tobii-test-" + label + "-" +
                             std::to_string(::getpid()) + "-" + std::to_string(counter++);
    path_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Writes `text` to `path`, making its folders.
inline void WriteText(const std::filesystem::path& path, std::string_view text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// The whole of a file, as bytes.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The shared folder beside the project root (it may be absent: tests that
// need it skip with a message).
inline std::filesystem::path SharedDir() { return TOBII_SHARED_DIR; }

}  // namespace tobii::testing
