// OutputSet (run/output_set.h): outputs appear all at once or not at all,
// an earlier set's outputs never survive, kept entries are carried on, one
// run at a time holds OUT, and a dead run's leftovers are finished.

#include "run/output_set.h"

#include <gtest/gtest.h>
#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>

#include "../support/temp_dir.h"
#include "tobii/output_names.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::WriteText;

// What makes run.json ours (io/sniff.h).
constexpr const char* kOurRunJson = "{\"command_line\": [], \"bytes_read\": 0}\n";

bool KeepCache(const std::string& name) { return name == "cache" || name == "notes.txt"; }

// The names of a folder's entries (hidden ones too).
std::set<std::string> Entries(const fs::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
  return names;
}

// A folder that looks like an earlier run's: run.json of ours, a table,
// events, a cache entry and a user's note.
void EarlierRun(const fs::path& out) {
  WriteText(out / "run.json", kOurRunJson);
  WriteText(out / "summary.csv", "old\n");
  WriteText(out / "events" / "P01.csv", "old events\n");
  WriteText(out / "cache" / "entry.json", "{}");
  WriteText(out / "notes.txt", "mine\n");
}

TEST(OutputSet, CommitReplacesTheOldSetAndCarriesOnWhatIsKept) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  EarlierRun(out);
  {
    OutputSet set;
    ASSERT_TRUE(set.Open(out, false).ok());
    WriteText(set.staging() / "summary.csv", "new\n");
    WriteText(set.staging() / "run.json", kOurRunJson);
    EXPECT_EQ(ReadFile(out / "summary.csv"), "old\n") << "nothing changes in OUT before the commit";
    ASSERT_TRUE(set.Commit(KeepCache).ok());
  }
  EXPECT_EQ(ReadFile(out / "summary.csv"), "new\n");
  EXPECT_FALSE(fs::exists(out / "events")) << "an earlier run's events never survive";
  EXPECT_EQ(ReadFile(out / "cache" / "entry.json"), "{}");
  EXPECT_EQ(ReadFile(out / "notes.txt"), "mine\n");
  // Nothing left beside OUT: no staging folder, no old set, no lock.
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"out"});
}

TEST(OutputSet, ASetNeverCommittedChangesNothing) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  EarlierRun(out);
  {
    OutputSet set;
    ASSERT_TRUE(set.Open(out, false).ok());
    WriteText(set.staging() / "summary.csv", "half\n");
  }
  EXPECT_EQ(ReadFile(out / "summary.csv"), "old\n");
  EXPECT_EQ(ReadFile(out / "events" / "P01.csv"), "old events\n");
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"out"});
}

TEST(OutputSet, OutThatIsALinkKeepsItsLinkAndItsTargetGetsTheSet) {
  testing::TempDir dir;
  EarlierRun(dir.path() / "elsewhere" / "results");
  fs::create_directory_symlink(dir.path() / "elsewhere" / "results", dir.path() / "out");
  OutputSet set;
  ASSERT_TRUE(set.Open(dir.path() / "out", false).ok());
  WriteText(set.staging() / "summary.csv", "new\n");
  ASSERT_TRUE(set.Commit(KeepCache).ok());
  EXPECT_TRUE(fs::is_symlink(dir.path() / "out"));
  EXPECT_EQ(ReadFile(dir.path() / "out" / "summary.csv"), "new\n");
  EXPECT_EQ(ReadFile(dir.path() / "elsewhere" / "results" / "notes.txt"), "mine\n");
}

TEST(OutputSet, AFirstRunMakesOut) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "new" / "out";
  OutputSet set;
  ASSERT_TRUE(set.Open(out, false).ok());
  EXPECT_FALSE(fs::exists(out)) << "OUT appears only with its outputs";
  WriteText(set.staging() / "summary.csv", "new\n");
  ASSERT_TRUE(set.Commit(KeepCache).ok());
  EXPECT_EQ(ReadFile(out / "summary.csv"), "new\n");
}

TEST(OutputSet, AFolderNotOursIsRefusedUnlessForcedAndThenItsFilesAreKept) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "thesis";
  WriteText(out / "chapter1.tex", "text\n");
  {
    OutputSet set;
    const Status refused = set.Open(out, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.message().find("holds no tobii-pipeline outputs"), std::string::npos) << refused.message();
    EXPECT_NE(refused.message().find("--force"), std::string::npos) << refused.message();
  }
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"thesis"});
  OutputSet set;
  ASSERT_TRUE(set.Open(out, true).ok());
  WriteText(set.staging() / "summary.csv", "new\n");
  ASSERT_TRUE(set.Commit([](const std::string& name) { return name != "summary.csv"; }).ok());
  EXPECT_EQ(ReadFile(out / "chapter1.tex"), "text\n");
  EXPECT_EQ(ReadFile(out / "summary.csv"), "new\n");
}

TEST(OutputSet, AFolderHoldingTheStudyIsRefusedEvenWhenForced) {
  testing::TempDir dir;
  WriteText(dir.path() / "data" / "study" / "P01.tsv", "x\n");
  for (const fs::path& out : {dir.path() / "data", dir.path() / "data" / "study"}) {
    OutputSet set;
    const Status refused = set.Open(out, true, dir.path() / "data" / "study");
    ASSERT_FALSE(refused.ok()) << out;
    EXPECT_NE(refused.message().find("it holds the study"), std::string::npos) << refused.message();
  }
  OutputSet inside;  // inside the study is allowed: discovery passes over it
  EXPECT_TRUE(inside.Open(dir.path() / "data" / "study" / "results", false, dir.path() / "data" / "study").ok());
}

TEST(OutputSet, AnEmptyFolderAndOneHoldingOnlyOurCacheAreOurs) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "empty");
  OutputSet empty;
  EXPECT_TRUE(empty.Open(dir.path() / "empty", false).ok());
  const fs::path cached = dir.path() / "cached";
  WriteText(cached / "cache" / "CACHEDIR.TAG", std::string(results::kCacheTagText));
  OutputSet with_cache;
  EXPECT_TRUE(with_cache.Open(cached, false).ok());
  // Another tool's cache folder does not make the folder ours.
  const fs::path other = dir.path() / "other";
  WriteText(other / "cache" / "CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n# another tool\n");
  OutputSet not_ours;
  EXPECT_FALSE(not_ours.Open(other, false).ok());
}

TEST(OutputSet, WhatARunOrShardsMakeBeforeTheCacheIsTaggedIsOurs) {
  testing::TempDir dir;
  // A run killed between making the cache and tagging it.
  const fs::path killed = dir.path() / "killed";
  fs::create_directories(killed / "cache");
  WriteText(killed / "cache" / "CACHEDIR.TAG.host-123", std::string(results::kCacheTagText));
  OutputSet after_kill;
  EXPECT_TRUE(after_kill.Open(killed, false).ok());
  EXPECT_FALSE(fs::exists(killed / "cache" / "CACHEDIR.TAG.host-123")) << "the tag's temporary is cleared";
  // Shards starting together: records and an events scratch folder.
  const fs::path sharded = dir.path() / "sharded";
  fs::create_directories(sharded / "cache");
  WriteText(sharded / "shards" / "2-of-4.json", "{}");
  fs::create_directories(sharded / "shards" / ".3-of-4.events-77");
  EXPECT_TRUE(HoldsOnlyOurBeginnings(sharded));
  // ... and once a shard beside has tagged the cache and stored an entry
  // (seen by a shard that found the cache untagged a moment before).
  WriteText(sharded / "cache" / "CACHEDIR.TAG", std::string(results::kCacheTagText));
  WriteText(sharded / "cache" / "0123abcd.json", "{}");
  EXPECT_TRUE(HoldsOnlyOurBeginnings(sharded));
  // A folder named cache that holds someone's files is not ours.
  const fs::path other = dir.path() / "other";
  WriteText(other / "cache" / "notes.txt", "mine");
  EXPECT_FALSE(HoldsOnlyOurBeginnings(other));
  OutputSet not_ours;
  EXPECT_FALSE(not_ours.Open(other, false).ok());
  WriteText(sharded / "shards" / "notes.txt", "mine");
  EXPECT_FALSE(HoldsOnlyOurBeginnings(sharded));
}

TEST(OutputSet, ASecondSetOnTheSameFolderIsRefusedWhileTheFirstIsOpen) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  {
    OutputSet first;
    ASSERT_TRUE(first.Open(out, false).ok());
    OutputSet second;
    const Status refused = second.Open(out, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.message().find("another tobii-pipeline run is writing into this folder"), std::string::npos)
        << refused.message();
    EXPECT_NE(refused.message().find("process " + std::to_string(::getpid())), std::string::npos)
        << refused.message();
  }
  OutputSet after;
  EXPECT_TRUE(after.Open(out, false).ok()) << "the lock goes with the set";
}

TEST(OutputSet, ALockFileLeftByADeadProcessHoldsNothing) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  WriteText(LockFileOf(out), "999999\n");  // its process is gone: no flock is held on it
  OutputSet set;
  EXPECT_TRUE(set.Open(out, false).ok());
}

TEST(OutputSet, ALockHeldByAnotherProcessIsRespected) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  fs::create_directories(dir.path());
  const int fd = ::open(LockFileOf(out).c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);  // as another run holds it
  OutputSet set;
  EXPECT_FALSE(set.Open(out, false).ok());
  ::close(fd);
}

TEST(OutputSet, TheNextSetFinishesWhatADeadRunLeft) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  // Killed after moving OUT aside, before the new set took its place: the
  // old set is the only complete one, and goes back.
  WriteText(dir.path() / ".out.old-4242" / "summary.csv", "old\n");
  WriteText(dir.path() / ".out.old-4242" / "run.json", kOurRunJson);
  // ... and its staging folder, into which the cache had been carried.
  WriteText(dir.path() / ".out.staging-4242" / "summary.csv", "new\n");
  WriteText(dir.path() / ".out.staging-4242" / "cache" / "entry.json", "{}");
  WriteText(dir.path() / ".out.staging-4242.carried", "cache\n");
  // A writer killed mid-file.
  WriteText(dir.path() / ".out.old-4242" / "problems.csv.partial", "half");
  {
    OutputSet set;
    ASSERT_TRUE(set.Open(out, false).ok());
  }
  EXPECT_EQ(ReadFile(out / "summary.csv"), "old\n");
  EXPECT_EQ(ReadFile(out / "cache" / "entry.json"), "{}");
  EXPECT_FALSE(fs::exists(out / "problems.csv.partial"));
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"out"});
}

TEST(OutputSet, ADeadRunsOldSetIsRemovedWhenTheNewOneIsInPlace) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  WriteText(out / "summary.csv", "new\n");
  WriteText(out / "run.json", kOurRunJson);
  WriteText(dir.path() / ".out.old-77" / "summary.csv", "old\n");
  {
    OutputSet set;
    ASSERT_TRUE(set.Open(out, false).ok());
  }
  EXPECT_EQ(ReadFile(out / "summary.csv"), "new\n");
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"out"});
}

TEST(OutputSet, AnotherOutputFolderWhoseNameStartsLikeALeftoverIsLeftAlone) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  // Not a leftover of a run of `out`: no process number after "old-".
  WriteText(dir.path() / ".out.old-results" / "summary.csv", "someone else's\n");
  {
    OutputSet set;
    ASSERT_TRUE(set.Open(out, false).ok());
  }
  EXPECT_FALSE(fs::exists(out));
  EXPECT_EQ(ReadFile(dir.path() / ".out.old-results" / "summary.csv"), "someone else's\n");
}

TEST(OutputSet, ShareKeptFilesShowsThemInTheStagingFolder) {
  testing::TempDir dir;
  const fs::path out = dir.path() / "out";
  EarlierRun(out);
  OutputSet set;
  ASSERT_TRUE(set.Open(out, false).ok());
  ASSERT_TRUE(set.ShareKeptFiles([](const std::string& name) { return name != "run.json"; }).ok());
  EXPECT_EQ(ReadFile(set.staging() / "summary.csv"), "old\n");
  EXPECT_FALSE(fs::exists(set.staging() / "run.json"));
  EXPECT_FALSE(fs::exists(set.staging() / "events")) << "folders are carried by the commit, not shared";
}

}  // namespace
}  // namespace tobii::study
