// AtomicFile: an output appears whole under its name, or not at all.

#include "tobii/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace tobii::io {
namespace {

using testing::ReadFile;

namespace fs = std::filesystem;

fs::path Partial(const fs::path& path) { return fs::path(path.string() + ".partial"); }

TEST(AtomicFile, CommitPutsTheWholeFileInPlaceOfTheOld) {
  testing::TempDir dir;
  const fs::path path = dir.path() / "tables" / "summary.csv";  // its folder is made
  testing::WriteText(path, "old run\n");
  AtomicFile file;
  ASSERT_TRUE(file.Open(path).ok());
  file.Write("a,b\n");
  EXPECT_EQ(ReadFile(path), "old run\n");  // untouched until the commit
  EXPECT_TRUE(fs::exists(Partial(path)));
  file.Write(std::string(3 << 20, 'x'));  // beyond the write buffer
  ASSERT_TRUE(file.Commit().ok());
  EXPECT_EQ(ReadFile(path), "a,b\n" + std::string(3 << 20, 'x'));
  EXPECT_FALSE(fs::exists(Partial(path)));
}

TEST(AtomicFile, AFileNeverCommittedLeavesNothing) {
  testing::TempDir dir;
  const fs::path kept = dir.path() / "run.json";
  testing::WriteText(kept, "{}\n");
  {
    AtomicFile file;
    ASSERT_TRUE(file.Open(kept).ok());
    file.Write("{\"half\": ");
  }  // an error path returns without committing
  EXPECT_EQ(ReadFile(kept), "{}\n");
  EXPECT_FALSE(fs::exists(Partial(kept)));
  {
    AtomicFile file;
    ASSERT_TRUE(file.Open(dir.path() / "new.csv").ok());
  }
  EXPECT_FALSE(fs::exists(dir.path() / "new.csv"));
  EXPECT_FALSE(fs::exists(dir.path() / "new.csv.partial"));
}

TEST(AtomicFile, AFailedRenameSaysWhyAndLeavesNoTemporary) {
  testing::TempDir dir;
  const fs::path blocked = dir.path() / "figures";  // a folder holding a file where the output should go
  testing::WriteText(blocked / "inside.png", "png");
  AtomicFile file;
  ASSERT_TRUE(file.Open(blocked).ok());
  file.Write("data");
  const Status s = file.Commit();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(blocked.string() + ": cannot rename into place: ", 0), 0u) << s.message();
  EXPECT_EQ(s.message().find("Success"), std::string::npos) << s.message();
  EXPECT_FALSE(fs::exists(Partial(blocked)));
  EXPECT_TRUE(fs::exists(blocked / "inside.png"));
}

TEST(AtomicFile, AFolderThatCannotBeMadeIsNamed) {
  testing::TempDir dir;
  testing::WriteText(dir.path() / "out", "a file, not a folder");
  const Status s = WriteFileAtomically(dir.path() / "out" / "summary.csv", "x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind((dir.path() / "out").string() + ": cannot create folder", 0), 0u) << s.message();
}

TEST(CreateFileOnce, ProcessesCreatingOneFileAtOnceLeaveItWholeAndNoTemporary) {
  testing::TempDir dir;
  const fs::path tag = dir.path() / "cache" / "TAG";
  fs::create_directories(tag.parent_path());
  constexpr int kWriters = 8;
  std::vector<pid_t> writers;
  for (int i = 0; i < kWriters; ++i) {
    const pid_t pid = ::fork();
    if (pid == 0) _exit(CreateFileOnce(tag, "the tag\n").ok() ? 0 : 1);
    writers.push_back(pid);
  }
  for (pid_t pid : writers) {
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  EXPECT_EQ(ReadFile(tag), "the tag\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(tag.parent_path()), fs::directory_iterator()), 1);
  // One already there is kept as it is.
  ASSERT_TRUE(CreateFileOnce(tag, "another\n").ok());
  EXPECT_EQ(ReadFile(tag), "the tag\n");
}

}  // namespace
}  // namespace tobii::io
