#include "run/merge_shards.h"

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>

#include "run/result_cache.h"
#include "run/shard_record.h"
#include "settings/settings_json.h"

namespace tobii::study {

namespace {

// The settings that differ between a shard and the merge, as
// "key: value there, value here", the first few.
std::string SettingsDiffering(const nlohmann::json& there, const nlohmann::json& here) {
  constexpr int kShown = 3;  // enough to see what changed; the rest only counted
  const nlohmann::json a = there.flatten(), b = here.flatten();
  std::set<std::string> keys;
  for (const auto& [key, value] : a.items()) keys.insert(key);
  for (const auto& [key, value] : b.items()) keys.insert(key);
  std::string said;
  int differing = 0;
  for (const std::string& key : keys) {
    const nlohmann::json x = a.contains(key) ? a[key] : nlohmann::json("(none)");
    const nlohmann::json y = b.contains(key) ? b[key] : nlohmann::json("(none)");
    if (x == y) continue;
    if (++differing <= kShown) {
      said += (said.empty() ? "" : "; ") + key.substr(1) + ": " + x.dump() + " there, " + y.dump() + " here";
    }
  }
  if (differing > kShown) said += "; and " + std::to_string(differing - kShown) + " more";
  return said;
}

// Why merge cannot take `record`'s results at all; empty when it can.
std::string Refusal(const std::filesystem::path& out, const ShardRecord& record,
                    const nlohmann::json& settings, const std::string& aois) {
  const std::string shard =
      "shard " + ShardText(record.shard) + " (" + ShardRecordPath(out, record.shard).string() + ")";
  if (record.program != TOBII_VERSION) {
    std::string said = shard + " was run by tobii-pipeline ";
    return said.append(record.program).append(", and this is ").append(TOBII_VERSION);
  }
  if (record.settings != settings) {
    return shard + " was run with other settings than its arguments give now (" +
           SettingsDiffering(record.settings, settings) + ")";
  }
  if (record.aois != aois) return shard + " was run with other AOI definitions than the study has now";
  return "";
}

}  // namespace

Status ShardVerdicts(const std::filesystem::path& out, const Settings& settings, const StudyInputs& inputs,
                     std::vector<ShardVerdict>* verdicts) {
  std::vector<ShardRecord> records;
  if (Status s = ReadShardRecords(out, true, &records); !s.ok()) return s;
  const nlohmann::json settings_now = settings::ResultKeyJson(settings);
  const std::string aois_now = ResultCache::AoisKey(inputs.aois);
  for (const ShardRecord& record : records) {
    if (const std::string why = Refusal(out, record, settings_now, aois_now); !why.empty()) {
      return Status::Error("cannot merge: " + why +
                           ": run every shard again with the same command line and " +
                           "program (the results they have are reused where they still hold), then merge");
    }
  }
  const int count = records.front().shard.count;
  std::unordered_map<int, std::unordered_map<std::string, const ShardedRecording*>>
      listed;  // K -> key -> line
  for (const ShardRecord& record : records) {
    auto& lines = listed[record.shard.index];
    for (const ShardedRecording& line : record.recordings)
      lines.emplace(RecordingKey(line.file, line.part), &line);
  }
  verdicts->assign(inputs.recordings.size(), {});
  for (std::size_t i = 0; i < inputs.recordings.size(); ++i) {
    const RecordingInput& input = inputs.recordings[i];
    const ShardId shard{.index = ShareOf(input, count) + 1, .count = count};
    ShardVerdict& verdict = (*verdicts)[i];
    verdict.shard = ShardText(shard);
    const auto record = listed.find(shard.index);
    if (record == listed.end()) {
      verdict.missing = "shard " + verdict.shard + " left no record in " +
                        ShardRecordPath(out, shard).string() +
                        " (not run, still running, or stopped before its end)";
      continue;
    }
    const auto line = record->second.find(RecordingKey(input));
    if (line == record->second.end()) {
      verdict.missing =
          "shard " + verdict.shard + "'s record does not list it (the study changed after the shard ran)";
      continue;
    }
    verdict.entry = line->second->entry;
    verdict.failure = line->second->failure;
    verdict.failed_stamp = {.size = line->second->size, .mtime_ns = line->second->mtime_ns};
  }
  return Status::Ok();
}

Status CheckNothingMissing(const StudyInputs& inputs, const std::vector<PassOutcome>& outcomes,
                           const std::vector<ShardVerdict>& verdicts, RunSummary* summary) {
  summary->missing.clear();
  std::set<std::string> shards;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    if (outcomes[i].missing.empty()) continue;
    summary->missing.push_back(
        {.file = inputs.recordings[i].file, .shard = verdicts[i].shard, .reason = outcomes[i].missing});
    shards.insert(verdicts[i].shard);
  }
  if (summary->missing.empty()) return Status::Ok();
  constexpr std::size_t kShardsNamed = 10;  // the rest counted: the list above names them all
  std::string names;
  std::size_t named = 0;
  for (const std::string& shard : shards) {
    if (named++ < kShardsNamed) names += (names.empty() ? "" : ", ") + shard;
  }
  if (named > kShardsNamed) names += " and " + std::to_string(named - kShardsNamed) + " more";
  return Status::Error(
      "cannot merge: " + std::to_string(summary->missing.size()) + " of the study's " +
      std::to_string(inputs.recordings.size()) + " recordings have no result from their shard (" + names +
      "): run " + (shards.size() == 1 ? "that shard" : "those shards") +
      " again (what the shards finished is kept and reused), then merge; nothing was written");
}

}  // namespace tobii::study
