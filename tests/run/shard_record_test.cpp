// Shard ids, shares and records (run/shard_record.h): which share a
// recording falls in, and what merge reads back and refuses.

#include "run/shard_record.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "../support/temp_dir.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

RecordingInput Recording(const std::string& file) {
  RecordingInput input;
  input.file = file;
  return input;
}

ShardRecord Record(int k, int n) {
  ShardRecord record;
  record.shard = {.index = k, .count = n};
  record.program = TOBII_VERSION;
  record.arguments = {"study", "--out", "out", "--jobs", "2"};
  record.working_directory = "/lab";
  record.settings = {{"ivt", {{"velocity_threshold_deg_s", 30}}}};
  record.aois = "none";
  record.recordings = {{.file = "a.tsv", .part = nullptr, .entry = "e1", .failure = ""},
                       {.file = "all.tsv",
                        .part = {"P1", "R1", 12},
                        .entry = "e2",
                        .failure = "all.tsv:12:1: expected gaze samples"}};
  return record;
}

TEST(ShardId, ParsesKOfN) {
  ShardId shard;
  ASSERT_TRUE(ParseShardId("3/10", &shard).ok());
  EXPECT_EQ(shard.index, 3);
  EXPECT_EQ(shard.count, 10);
  EXPECT_EQ(ShardText(shard), "3/10");
  ASSERT_TRUE(ParseShardId("1/1", &shard).ok());
}

TEST(ShardId, RefusesWhatIsNotAShareWithTheReason) {
  ShardId shard;
  for (const char* text : {"0/4", "5/4", "4/0", "-1/4", "3", "3/", "/4", "a/4", "3/4x", "1/100000"}) {
    const Status s = ParseShardId(text, &shard);
    EXPECT_FALSE(s.ok()) << text;
    EXPECT_NE(s.message().find(text), std::string::npos) << s.message();
  }
  EXPECT_NE(ParseShardId("0/4", &shard).message().find("SLURM_ARRAY_TASK_ID + 1"), std::string::npos);
}

TEST(ShareOf, DependsOnTheRecordingAloneAndSpreadsEvenly) {
  constexpr int kShares = 8;
  constexpr int kRecordings = 4000;
  std::vector<int> per_share(kShares, 0);
  for (int i = 0; i < kRecordings; ++i) {
    const RecordingInput input =
        Recording("site_" + std::to_string(i % 7) + "/P" + std::to_string(i) + ".tsv");
    const int share = ShareOf(input, kShares);
    ASSERT_GE(share, 0);
    ASSERT_LT(share, kShares);
    EXPECT_EQ(ShareOf(Recording(input.file), kShares), share);  // the same recording, found again
    ++per_share[share];
  }
  for (int n : per_share) {
    // 500 expected; a fair hash stays within about 4.5 standard deviations
    // (sqrt(4000 * 1/8 * 7/8) = 21).
    EXPECT_NEAR(n, kRecordings / kShares, 95) << "uneven shares";
  }
}

TEST(ShareOf, TellsApartTheRecordingsOfOneFile) {
  RecordingInput first = Recording("all.tsv");
  first.select = io::RecordingSelector{};
  first.select->participant = "P1";
  first.select->recording = "R1";
  RecordingInput second = first;
  second.select->participant = "P2";
  EXPECT_NE(RecordingKey(first), RecordingKey(second));
  EXPECT_NE(RecordingKey(first), RecordingKey(Recording("all.tsv")));
  std::set<int> shares;
  for (int i = 0; i < 64; ++i) {
    second.select->participant = std::to_string(i);
    shares.insert(ShareOf(second, 4));
  }
  EXPECT_EQ(shares.size(), 4u) << "a file's recordings are spread over the shares";
}

TEST(ShardRecords, ReadBackAsWritten) {
  testing::TempDir dir;
  ASSERT_TRUE(WriteShardRecord(dir.path(), Record(2, 2)).ok());
  ASSERT_TRUE(WriteShardRecord(dir.path(), Record(1, 2)).ok());
  std::vector<ShardRecord> records;
  ASSERT_TRUE(ReadShardRecords(dir.path(), true, &records).ok());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].shard.index, 1);
  EXPECT_EQ(records[1].shard.index, 2);
  EXPECT_EQ(records[1].arguments, Record(2, 2).arguments);
  EXPECT_EQ(records[1].settings, Record(2, 2).settings);
  ASSERT_EQ(records[1].recordings.size(), 2u);
  EXPECT_EQ(records[1].recordings[0].entry, "e1");
  EXPECT_EQ(records[1].recordings[0].failure, "");
  EXPECT_EQ(records[1].recordings[1].failure, "all.tsv:12:1: expected gaze samples");
  EXPECT_EQ(RecordingKey(records[1].recordings[1].file, records[1].recordings[1].part),
            RecordingKey("all.tsv", {"P1", "R1", 12}));

  ShardedRun run;
  ASSERT_TRUE(ReadShardedRun(dir.path(), &run).ok());
  EXPECT_EQ(run.count, 2);
  EXPECT_EQ(run.shards_recorded, (std::vector<int>{1, 2}));
  EXPECT_EQ(run.working_directory, fs::path("/lab"));
}

TEST(ShardRecords, RecordsOfTwoSplitsAreRefused) {
  testing::TempDir dir;
  ASSERT_TRUE(WriteShardRecord(dir.path(), Record(1, 2)).ok());
  ASSERT_TRUE(WriteShardRecord(dir.path(), Record(1, 3)).ok());
  std::vector<ShardRecord> records;
  const Status s = ReadShardRecords(dir.path(), false, &records);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("splits into 2 and 3 shares"), std::string::npos) << s.message();
}

TEST(ShardRecords, ShardsOfOtherProgramsOrFoldersAreRefusedByName) {
  testing::TempDir dir;
  ASSERT_TRUE(WriteShardRecord(dir.path(), Record(1, 2)).ok());
  ShardRecord other = Record(2, 2);
  other.program = "0.0.1";
  ASSERT_TRUE(WriteShardRecord(dir.path(), other).ok());
  std::vector<ShardRecord> records;
  Status s = ReadShardRecords(dir.path(), false, &records);
  EXPECT_NE(s.message().find("shard 2/2 was run by tobii-pipeline 0.0.1"), std::string::npos) << s.message();

  other = Record(2, 2);
  other.working_directory = "/elsewhere";
  ASSERT_TRUE(WriteShardRecord(dir.path(), other).ok());
  s = ReadShardRecords(dir.path(), false, &records);
  EXPECT_NE(s.message().find("shard 2/2 was run in /elsewhere"), std::string::npos) << s.message();
}

TEST(ShardRecords, ADamagedOrRenamedRecordIsNamed) {
  testing::TempDir dir;
  ASSERT_TRUE(WriteShardRecord(dir.path(), Record(1, 2)).ok());
  std::ofstream(dir.path() / "shards" / "2-of-2.json") << "{\"shard_record_version\": 1, \"prog";
  std::vector<ShardRecord> records;
  Status s = ReadShardRecords(dir.path(), false, &records);
  EXPECT_NE(s.message().find("2-of-2.json: cannot read the shard's record"), std::string::npos)
      << s.message();

  fs::rename(ShardRecordPath(dir.path(), {.index = 1, .count = 2}), dir.path() / "shards" / "2-of-2.json");
  s = ReadShardRecords(dir.path(), false, &records);
  EXPECT_NE(s.message().find("it was renamed"), std::string::npos) << s.message();
}

TEST(ShardRecords, NoRecordsSaysHowToMakeThem) {
  testing::TempDir dir;
  std::vector<ShardRecord> records;
  const Status s = ReadShardRecords(dir.path(), false, &records);
  EXPECT_NE(s.message().find("no shard has finished"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace tobii::study
