// `tobii-pipeline run STUDY --shard K/N`: one share of a study, for a job
// array (tobii/shards.h); `merge` (cmd_merge.cpp) finishes the study.

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

#include "commands.h"
#include "interrupt.h"
#include "terminal_observer.h"
#include "tobii/output_names.h"
#include "tobii/shards.h"

namespace tobii::app {

std::vector<std::string> ShardArguments(const std::vector<std::string>& command_line) {
  std::vector<std::string> arguments;
  bool after_run = false;
  for (std::size_t i = 1; i < command_line.size(); ++i) {
    const std::string& word = command_line[i];
    if (!after_run) {
      after_run = word == "run";
      continue;
    }
    // What differs between shards (and the workers of a task rerun on
    // another node) but changes no result.
    if (word == "--shard" || word == "--jobs") {
      ++i;  // and its value
      continue;
    }
    if (word.starts_with("--shard=") || word.starts_with("--jobs=")) continue;
    arguments.push_back(word);
  }
  return arguments;
}

int RunShardAndReport(study::RunOptions options, const study::ShardId& shard,
                      const std::vector<std::string>& arguments) {
  TerminalObserver observer(stderr);
  study::ShardSummary summary;
  options.interrupt = CatchInterrupts();
  const Status status = study::RunShard(options, shard, arguments, &observer, &summary);
  const std::string name = study::ShardText(shard);
  if (!status.ok()) {
    PrintError(fmt::format("shard {}: {}", name, status.message()));
    return kExitNothingAnalysed;
  }
  const std::string cache = util::EscapeControls((options.out / results::kCacheFolder).string());
  if (summary.interrupted_by != 0) {
    if (summary.finished_in_cache > 0) {
      fmt::print(
          stderr,
          "\nshard {} interrupted: no record written; {} keeps the {} recordings finished, and the same "
          "command goes on from there\n",
          name, cache, summary.finished_in_cache);
    } else {
      fmt::print(stderr, "\nshard {} interrupted before any recording was finished: no record written\n",
                 name);
    }
    return ExitStatusOfSignal(summary.interrupted_by);
  }
  fmt::print(stderr,
             "\nshard {}: {} of the study's {} recordings, {} analysed ({} already in the cache), {} failed, "
             "in {:.2f} s, peak memory {:.1f} MiB\n",
             name, summary.recordings, summary.study_recordings, summary.analysed, summary.reused,
             summary.failed, summary.seconds, summary.peak_resident_mib);
  fmt::print("results:  {}\nrecord:   {}\n", cache, util::EscapeControls(summary.record.string()));
  fmt::print(stderr, "when every shard has finished: tobii-pipeline merge {}\n",
             util::EscapeControls(options.out.string()));
  // A share whose recordings all failed has nothing for merge, but the
  // other shards may: the record says so, and the array job goes on.
  return kExitOk;
}

}  // namespace tobii::app
