// `run --shard K/N` (tobii/shards.h): the study discovered whole, the
// share's recordings passed into OUT's cache, and the shard's record
// written (run/shard_record.h).
//
// Shards share OUT with no lock (flock cannot be trusted on a network file
// system): each writes only its recordings' cache entries, its events'
// scratch folder and its record, each atomically, and makes the folders
// and the cache's tag in ways that tolerate the others doing the same.
//
// Memory: what discovery holds, one verdict per recording of the share;
// the results are in the cache alone.

#include <tbb/task_arena.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "run/output_set.h"
#include "run/pass_outcome.h"
#include "run/prepare_study.h"
#include "run/recording_passes.h"
#include "run/result_cache.h"
#include "run/shard_record.h"
#include "run/stopwatch.h"
#include "run/study_overview.h"
#include "settings/settings_json.h"
#include "study/study_walk.h"
#include "tobii/output_names.h"
#include "tobii/shards.h"
#include "util/memory.h"
#include "util/stop_signal.h"

namespace tobii::study {

namespace {

namespace fs = std::filesystem;

// OUT made ready for the shard's files: missing, or holding outputs of
// ours, or (with `force`) anything.
Status PrepareShardOut(const RunOptions& options, const ResultCache& cache) {
  const fs::path& out = options.out;
  if (Status s = RefuseStudyAsOut(out, options.study); !s.ok()) return s;
  std::error_code ec;
  if (fs::exists(out, ec) && !fs::is_directory(out, ec)) {
    return Status::Error(out.string() + ": cannot use as the output folder: not a folder");
  }
  if (fs::exists(out, ec) && !options.force && !IsOutputFolder(out) && !HoldsOnlyOurBeginnings(out)) {
    return Status::Error(
        out.string() +
        ": this folder is not empty and holds no tobii-pipeline outputs: choose another --out, "
        "or --force to write the shard's results into it (its own files are kept)");
  }
  fs::create_directories(out / results::kShardsFolder, ec);
  if (ec)
    return Status::Error((out / results::kShardsFolder).string() +
                         ": cannot make the folder: " + ec.message());
  return cache.MakeFolder();
}

std::string HostName() {
  std::array<char, 256> host{};
  return ::gethostname(host.data(), host.size() - 1) == 0 ? std::string(host.data()) : std::string();
}

// Where the share's events files are written before the cache takes them
// (a hard link): a folder of its own in OUT/shards, removed at the end.
class EventsScratch {
 public:
  EventsScratch(const fs::path& out, const ShardId& shard, bool wanted) {
    if (!wanted) return;
    std::string name = ".";
    name.append(std::to_string(shard.index)).append("-of-").append(std::to_string(shard.count));
    name.append(".events-").append(HostName()).append("-").append(std::to_string(::getpid()));
    folder_ = out / results::kShardsFolder / name;
  }
  ~EventsScratch() {
    std::error_code ec;
    if (!folder_.empty()) fs::remove_all(folder_, ec);
  }
  const fs::path& folder() const { return folder_; }

 private:
  fs::path folder_;
};

}  // namespace

Status RunShard(const RunOptions& options, const ShardId& shard, const std::vector<std::string>& arguments,
                RunObserver* observer, ShardSummary* summary) {
  const Stopwatch run;
  PreparedStudy prepared;
  const auto in_share = [&](const RecordingInput& input) {
    return ShareOf(input, shard.count) == shard.index - 1;
  };
  if (Status s = PrepareStudy(options, &prepared, in_share); !s.ok()) {
    summary->interrupted_by = util::StopSignal(options.interrupt);
    if (summary->interrupted_by != 0) return Status::Ok();  // nothing read, nothing written
    return s;
  }
  summary->study_recordings = prepared.recordings_found;
  summary->recordings = prepared.inputs.recordings.size();
  const ResultCache cache(options.out / results::kCacheFolder, options.settings, prepared.inputs.aois);
  if (Status s = PrepareShardOut(options, cache); !s.ok()) return s;
  // An earlier run's record of this shard would speak for this one should
  // it not finish.
  std::error_code gone;
  fs::remove(ShardRecordPath(options.out, shard), gone);
  if (gone)
    return Status::Error(ShardRecordPath(options.out, shard).string() +
                         ": cannot remove the shard's earlier record: " + gone.message());
  if (observer != nullptr) observer->OnDiscovered(Overview(prepared.inputs));

  tbb::task_arena workers(WorkerCount(options.jobs));
  const EventsScratch scratch(options.out, shard, options.write_events);
  const PassOutputs pass_outputs{.staging = scratch.folder(),
                                 .cache = &cache,
                                 .reuse = options.use_cache,
                                 .shelf = nullptr,
                                 .keep_results = false,
                                 .from_shards = nullptr};
  const std::vector<PassOutcome> outcomes =
      RunRecordingPasses(options, prepared, pass_outputs, &workers, observer);
  summary->interrupted_by = util::StopSignal(options.interrupt);
  if (summary->interrupted_by != 0) {
    summary->finished_in_cache = FinishedInCache(outcomes);
    return Status::Ok();
  }

  ShardRecord record{.shard = shard,
                     .program = TOBII_VERSION,
                     .arguments = arguments,
                     .working_directory = fs::current_path().string(),
                     .settings = settings::ResultKeyJson(options.settings),
                     .aois = ResultCache::AoisKey(prepared.inputs.aois),
                     .host = HostName(),
                     .seconds = 0,
                     .recordings = {}};
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const PassOutcome& outcome = outcomes[i];
    const RecordingInput& input = prepared.inputs.recordings[i];
    if (!outcome.cache_error.empty()) {
      // Without its result in the cache, merge would have nothing to take.
      return Status::Error(input.file + ": its result could not be kept in " +
                           (options.out / results::kCacheFolder).string() + ": " + outcome.cache_error +
                           ": no record of shard " + ShardText(shard) + " was written");
    }
    if (outcome.status.ok()) {
      ++summary->analysed;
      if (outcome.from_cache) ++summary->reused;
    } else {
      ++summary->failed;
    }
    // A failed file's stamp, taken after its pass: merge repeats the
    // failure while the file stays as it is now (one that changed during
    // the failed pass keeps its failure until it changes again).
    const ResultCache::Stamp stamp = outcome.status.ok() ? ResultCache::Stamp{} : ResultCache::StampOf(input);
    record.recordings.push_back({.file = input.file,
                                 .part = RecordingPart(input),
                                 .entry = outcome.cache_entry,
                                 .failure = outcome.status.ok() ? "" : outcome.status.message(),
                                 .size = stamp.size,
                                 .mtime_ns = stamp.mtime_ns});
  }
  record.seconds = run.Seconds();
  if (Status s = WriteShardRecord(options.out, record); !s.ok()) return s;
  summary->record = ShardRecordPath(options.out, shard);
  summary->seconds = run.Seconds();
  summary->peak_resident_mib = util::PeakResidentMiB();
  return Status::Ok();
}

}  // namespace tobii::study
