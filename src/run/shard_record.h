// What a shard (tobii/shards.h) leaves in OUT/shards/K-of-N.json, and which
// share a recording falls in.
//
// A record holds the program that ran, the shard's arguments and folder,
// the settings that key a result (settings/settings_json.h: ResultKeyJson)
// and the study's AOIs as a fingerprint, and one line per recording of its
// share: which recording (its file and, for a file of several, which of
// them), its cache entry's name, and why it failed when it did. It is
// written once the share is done, atomically; a shard that did not finish
// leaves none.
//
// Memory: a record holds one short line per recording of its share.
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "study/discover.h"
#include "tobii/shards.h"
#include "tobii/status.h"

namespace tobii::study {

// Bumped whenever a record's fields change.
inline constexpr int kShardRecordVersion = 1;

// Which recording of the study `input` is, as a record names it: its file
// and, for a file of several, its part (the participant, recording and
// first line of its rows; null for a whole file). The same on every
// machine.
nlohmann::json RecordingPart(const RecordingInput& input);
std::string RecordingKey(const std::string& file, const nlohmann::json& part);
std::string RecordingKey(const RecordingInput& input);

// The share (0-based: K - 1) of `count` that `input` falls in.
int ShareOf(const RecordingInput& input, int count);

struct ShardedRecording {
  std::string file;     // relative to the study
  nlohmann::json part;  // RecordingPart
  std::string entry;    // its cache entry's name
  std::string failure;  // why its pass failed; empty: analysed, its result in the entry
  // A failed recording's file as the shard left it (ResultCache::StampOf),
  // so that merge does not repeat a failure of bytes since replaced; an
  // analysed one's entry holds its own.
  std::uint64_t size = 0;
  std::int64_t mtime_ns = -1;
};

struct ShardRecord {
  ShardId shard;
  std::string program;  // TOBII_VERSION
  std::vector<std::string> arguments;
  std::string working_directory;
  nlohmann::json settings;  // ResultKeyJson
  std::string aois;         // a hash of the AOI definitions as read
  std::string host;
  double seconds = 0;
  std::vector<ShardedRecording> recordings;  // its share, in file order
};

// OUT/shards/K-of-N.json.
std::filesystem::path ShardRecordPath(const std::filesystem::path& out, const ShardId& shard);

Status WriteShardRecord(const std::filesystem::path& out, const ShardRecord& record);

// Every record in OUT/shards, in order of K, checked to be of one split
// (one N) and to agree on program, arguments and folder; each record's
// recordings read only when `with_recordings`.
Status ReadShardRecords(const std::filesystem::path& out, bool with_recordings,
                        std::vector<ShardRecord>* records);

}  // namespace tobii::study
