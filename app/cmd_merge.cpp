// `tobii-pipeline merge OUT`: the study-level work of a study its shards
// (`run --shard K/N`, tobii/shards.h) analysed into OUT. The shards'
// arguments are parsed again, in the folder they ran in, as `run` parses
// its own, and the run takes every recording's result from the cache.

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "tobii/shards.h"

namespace tobii::app {

namespace {

// The shards' run options: their arguments parsed as `run` parses them,
// in the folder they ran in (which the process then stays in).
Status ShardsRunOptions(const study::ShardedRun& sharded, study::RunOptions* options) {
  if (::chdir(sharded.working_directory.c_str()) != 0) {
    return Status::Error(sharded.working_directory.string() +
                         ": cannot enter the folder the shards ran in (" + std::strerror(errno) +
                         "): merge on a machine that sees it at the same path");
  }
  CLI::App parser;
  CLI::App* run = parser.add_subcommand("run");
  const RunOptionsFinisher finish = AddRunOptions(run);
  std::vector<std::string> words(sharded.arguments.rbegin(),
                                 sharded.arguments.rend());  // CLI11 takes them reversed
  words.push_back("run");
  try {
    parser.parse(words);
  } catch (const CLI::ParseError& e) {
    return Status::Error(std::string("the shards' arguments no longer parse: ") + e.what());
  }
  return finish(options);
}

}  // namespace

CommandRunner AddMergeCommand(CLI::App* command, const std::vector<std::string>* command_line) {
  auto out = std::make_shared<std::string>();
  auto jobs = std::make_shared<int>(0);
  command->add_option("out", *out, "the output folder the shards wrote into (it holds shards/ and cache/)")
      ->required();
  command
      ->add_option("--jobs", *jobs,
                   "recordings taken from the cache at once, figures drawn at once "
                   "(default: all cores)")
      ->check(CLI::Range(0, kMaxJobs));
  return [out, jobs, command_line] {
    const std::filesystem::path folder = std::filesystem::absolute(*out).lexically_normal();
    study::ShardedRun sharded;
    if (Status s = study::ReadShardedRun(folder, &sharded); !s.ok()) {
      PrintError(s.message());
      return kExitNothingAnalysed;
    }
    study::RunOptions options;
    if (Status s = ShardsRunOptions(sharded, &options); !s.ok()) {
      PrintError(s.message());
      return kExitUsage;
    }
    options.out = folder;
    options.merge = true;
    options.jobs = *jobs;
    // run.json records the run the shards were split from, and that it
    // was merged.
    options.command_line = {command_line->front(), "run"};
    options.command_line.insert(options.command_line.end(), sharded.arguments.begin(),
                                sharded.arguments.end());
    fmt::print(stderr, "merging the results of a study split into {} shards ({} of them recorded) in {}\n",
               sharded.count, sharded.shards_recorded.size(), util::EscapeControls(folder.string()));
    return RunStudyAndReport(options);
  };
}

}  // namespace tobii::app
