#include "run/shard_record.h"

#include <xxhash.h>

#include <charconv>
#include <exception>
#include <fstream>
#include <map>
#include <regex>
#include <system_error>

#include "tobii/atomic_file.h"
#include "tobii/output_names.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// "K-of-N.json": K and N, or false for another name.
bool ParseRecordName(const std::string& name, ShardId* shard) {
  static const std::regex kName(R"(([0-9]+)-of-([0-9]+)\.json)");
  std::smatch match;
  if (!std::regex_match(name, match, kName)) return false;
  const std::string k = match[1], n = match[2];
  return ParseShardId(k + "/" + n, shard).ok();
}

// In this order, the version first: the sniffer (io/sniff.h) knows a
// record by it from a file's first bytes.
nlohmann::ordered_json RecordJson(const ShardRecord& record) {
  nlohmann::ordered_json recordings = nlohmann::ordered_json::array();
  for (const ShardedRecording& r : record.recordings) {
    nlohmann::ordered_json line = {{"file", r.file}, {"part", r.part}, {"entry", r.entry}};
    if (!r.failure.empty()) {
      line["failed"] = r.failure;
      line["size"] = r.size;
      line["mtime_ns"] = r.mtime_ns;
    }
    recordings.push_back(std::move(line));
  }
  return {{"shard_record_version", kShardRecordVersion},
          {"program", record.program},
          {"shard", record.shard.index},
          {"shards", record.shard.count},
          {"arguments", record.arguments},
          {"working_directory", record.working_directory},
          {"settings", record.settings},
          {"aois", record.aois},
          {"host", record.host},
          {"seconds", record.seconds},
          {"recordings", std::move(recordings)}};
}

// One record, read from `path`; its recordings only when asked.
Status ReadRecord(const fs::path& path, bool with_recordings, ShardRecord* record) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path.string() + ": cannot read the shard's record");
  try {
    const Json json = Json::parse(in);
    if (json.at("shard_record_version").get<int>() != kShardRecordVersion) {
      return Status::Error(path.string() + ": a shard record of another version of tobii-pipeline (" +
                           json.at("program").get<std::string>() + "): run the shards again with this one");
    }
    record->program = json.at("program").get<std::string>();
    record->shard = {.index = json.at("shard").get<int>(), .count = json.at("shards").get<int>()};
    record->arguments = json.at("arguments").get<std::vector<std::string>>();
    record->working_directory = json.at("working_directory").get<std::string>();
    record->settings = json.at("settings");
    record->aois = json.at("aois").get<std::string>();
    record->host = json.at("host").get<std::string>();
    record->seconds = json.at("seconds").get<double>();
    if (with_recordings) {
      for (const Json& line : json.at("recordings")) {
        record->recordings.push_back({.file = line.at("file").get<std::string>(),
                                      .part = line.at("part"),
                                      .entry = line.at("entry").get<std::string>(),
                                      .failure = line.value("failed", std::string()),
                                      .size = line.value("size", std::uint64_t{0}),
                                      .mtime_ns = line.value("mtime_ns", std::int64_t{-1})});
      }
    }
  } catch (const std::exception& e) {
    return Status::Error(path.string() + ": cannot read the shard's record: " + e.what());
  }
  return Status::Ok();
}

// The first of the ways `a` and `b` differ that merge must refuse, said of
// shard `b`; empty when they agree.
std::string Disagreement(const ShardRecord& a, const ShardRecord& b) {
  const std::string first = "shard " + ShardText(a.shard);
  const std::string other = "shard " + ShardText(b.shard);
  if (a.program != b.program) {
    return other + " was run by tobii-pipeline " + b.program + ", " + first + " by " + a.program;
  }
  if (a.arguments != b.arguments) {
    std::string said = other + " was run with other arguments than " + first + ":";
    for (const std::string& arg : b.arguments) said.append(" ").append(arg);
    said += " against";
    for (const std::string& arg : a.arguments) said.append(" ").append(arg);
    return said;
  }
  if (a.working_directory != b.working_directory) {
    return other + " was run in " + b.working_directory + ", " + first + " in " + a.working_directory +
           ": relative paths in their arguments name different files";
  }
  return "";
}

}  // namespace

Json RecordingPart(const RecordingInput& input) {
  if (!input.select) return nullptr;
  return {input.select->participant, input.select->recording, input.select->first_line};
}

std::string RecordingKey(const std::string& file, const Json& part) { return Json{file, part}.dump(); }

std::string RecordingKey(const RecordingInput& input) {
  return RecordingKey(input.file, RecordingPart(input));
}

int ShareOf(const RecordingInput& input, int count) {
  const std::string key = RecordingKey(input);
  return static_cast<int>(XXH3_64bits(key.data(), key.size()) % static_cast<std::uint64_t>(count));
}

fs::path ShardRecordPath(const fs::path& out, const ShardId& shard) {
  std::string name = std::to_string(shard.index);
  name.append("-of-").append(std::to_string(shard.count)).append(".json");
  return out / results::kShardsFolder / name;
}

Status WriteShardRecord(const fs::path& out, const ShardRecord& record) {
  const std::string text = RecordJson(record).dump(1, ' ', false, Json::error_handler_t::replace);
  return io::WriteFileAtomically(ShardRecordPath(out, record.shard), text + "\n");
}

Status ReadShardRecords(const fs::path& out, bool with_recordings, std::vector<ShardRecord>* records) {
  const fs::path folder = out / results::kShardsFolder;
  std::map<int, std::map<int, fs::path>> splits;  // N -> K -> record
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    ShardId shard;
    if (ParseRecordName(it->path().filename().string(), &shard))
      splits[shard.count][shard.index] = it->path();
  }
  if (ec && ec != std::errc::no_such_file_or_directory) {
    return Status::Error(folder.string() + ": cannot list the shards' records: " + ec.message());
  }
  if (splits.empty()) {
    return Status::Error(
        folder.string() +
        ": no shard has finished (no record K-of-N.json): run `tobii-pipeline run STUDY --shard K/N "
        "--out OUT` for each K first");
  }
  if (splits.size() > 1) {
    std::string counts;
    for (const auto& [count, shards] : splits)
      counts += (counts.empty() ? "" : " and ") + std::to_string(count);
    return Status::Error(folder.string() + ": records of splits into " + counts +
                         " shares: remove the records (K-of-N.json) of the split not meant, then merge");
  }
  records->clear();
  for (const auto& [index, path] : splits.begin()->second) {
    ShardRecord record;
    if (Status s = ReadRecord(path, with_recordings, &record); !s.ok()) return s;
    if (record.shard.index != index || record.shard.count != splits.begin()->first) {
      return Status::Error(path.string() + ": the record says it is shard " + ShardText(record.shard) +
                           ": it was renamed; run that shard again");
    }
    if (!records->empty()) {
      if (const std::string why = Disagreement(records->front(), record); !why.empty()) {
        return Status::Error(why + ": run the shards again with one command line, then merge");
      }
    }
    records->push_back(std::move(record));
  }
  return Status::Ok();
}

Status ParseShardId(std::string_view text, ShardId* shard) {
  const std::size_t slash = text.find('/');
  const auto number = [](std::string_view digits, int* value) {
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *value);
    return ec == std::errc() && end == digits.data() + digits.size() && !digits.empty();
  };
  ShardId parsed;
  if (slash == std::string_view::npos || !number(text.substr(0, slash), &parsed.index) ||
      !number(text.substr(slash + 1), &parsed.count)) {
    return Status::Error("--shard " + std::string(text) + ": expected K/N, the K-th of N shares (e.g. 3/10)");
  }
  if (parsed.count < 1 || parsed.count > kMaxShards || parsed.index < 1 || parsed.index > parsed.count) {
    return Status::Error("--shard " + std::string(text) +
                         ": K/N needs 1 <= K <= N <= " + std::to_string(kMaxShards) +
                         " (a Slurm array's ids start at 0: give --shard $((SLURM_ARRAY_TASK_ID + 1))/N, or "
                         "number the array from 1)");
  }
  *shard = parsed;
  return Status::Ok();
}

std::string ShardText(const ShardId& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

Status ReadShardedRun(const fs::path& out, ShardedRun* run) {
  std::vector<ShardRecord> records;
  if (Status s = ReadShardRecords(out, false, &records); !s.ok()) return s;
  run->count = records.front().shard.count;
  run->arguments = records.front().arguments;
  run->working_directory = records.front().working_directory;
  run->shards_recorded.clear();
  for (const ShardRecord& record : records) run->shards_recorded.push_back(record.shard.index);
  return Status::Ok();
}

}  // namespace tobii::study
