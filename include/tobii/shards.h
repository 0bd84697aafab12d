// A study split across machines (a Slurm job array): `run --shard K/N`
// analyses the K-th of N shares of the recordings into OUT's result cache
// (run/result_cache.h) and leaves a record of what it did in OUT/shards/;
// `merge OUT` checks that every recording has its shard's result, made with
// the same settings by the same program, and then does the study-level work
// exactly as one `run` does (RunOptions::merge).
//
// Which share a recording falls in depends only on its path relative to the
// study and which recording of its file it is: not on the machine, the
// order files are listed in, or the other files of the study.
//
// Several shards write into one OUT at once, on a network file system: no
// locks, and each shard writes only its own files (its recordings' cache
// entries, its record), each atomically.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tobii/run.h"
#include "tobii/status.h"

namespace tobii::study {

// The K-th of N shares, 1 <= K <= N.
struct ShardId {
  int index = 0;  // K
  int count = 0;  // N
};

// The most shares a study is split into: far more than array jobs are
// given, and few enough that OUT/shards stays a short listing.
inline constexpr int kMaxShards = 10000;

// "K/N" (a Slurm array's task id over its size); the error says what is
// wrong with `text`.
Status ParseShardId(std::string_view text, ShardId* shard);

// "K/N", for messages.
std::string ShardText(const ShardId& shard);

struct ShardSummary {
  std::size_t study_recordings = 0;  // found in the whole study
  std::size_t recordings = 0;        // in this shard's share
  std::size_t analysed = 0;          // of those, with a result in the cache
  std::size_t reused = 0;            // of the analysed, already there
  std::size_t failed = 0;
  int interrupted_by = 0;        // RunOptions::interrupt's signal; 0: ran to its end
  std::size_t finished_in_cache = 0;  // when interrupted: the share's recordings the cache keeps
  std::filesystem::path record;  // OUT/shards/K-of-N.json, once written
  double seconds = 0;
  double peak_resident_mib = 0;
};

// `run --shard K/N`: the study is discovered whole (as every shard does
// the same, they agree on the shares and on the sample-figure recordings),
// the share's recordings alone synced by event, their annotations aligned
// and analysed into OUT's cache, and the shard's record
// written: its arguments (`arguments`, the command line after `run`
// without --shard), the settings, and each recording's entry or why it
// failed. No output set, no lock, nothing pruned. Fails when OUT cannot be
// used, the study cannot be discovered, or a result cannot be kept (then
// no record is written, so that `merge` names the shard). Interrupted: no
// record; the cache keeps what was finished and the same command goes on.
Status RunShard(const RunOptions& options, const ShardId& shard, const std::vector<std::string>& arguments,
                RunObserver* observer, ShardSummary* summary);

// What `merge OUT` reruns: the shards' arguments (after `run`, without
// --shard) and the folder they ran in (which relative paths in them are
// relative to), from OUT/shards' records, checked to agree with one
// another. Fails, saying why, when there are no records, records of
// splits into different numbers of shares, a record that cannot be read,
// or records that differ in their arguments, folder or program.
struct ShardedRun {
  int count = 0;  // N
  std::vector<std::string> arguments;
  std::filesystem::path working_directory;
  std::vector<int> shards_recorded;  // the K's with a record, in order
};
Status ReadShardedRun(const std::filesystem::path& out, ShardedRun* run);

}  // namespace tobii::study
