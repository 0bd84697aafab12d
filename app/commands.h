// The subcommands of tobii-pipeline. Each Add*Command registers its options
// on a CLI11 subcommand and returns the function that runs it once the
// command line has been parsed; that function returns the exit status.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "tobii/escape_controls.h"

namespace tobii::app {

// Exit statuses (DESIGN.md): analysed, nothing analysed, usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNothingAnalysed = 1;
inline constexpr int kExitUsage = 2;

// More workers than this only adds read buffers.
inline constexpr int kMaxJobs = 256;

using CommandRunner = std::function<int()>;

// Prints "error: MESSAGE" on standard error, control characters escaped:
// messages quote names and values from input files.
inline void PrintError(std::string_view message) {
  fmt::print(stderr, "error: {}\n", util::EscapeControls(message));
}

CommandRunner AddRunCommand(CLI::App* command, const std::vector<std::string>* command_line);
CommandRunner AddGenerateCommand(CLI::App* command);
CommandRunner AddEventsCommand(CLI::App* command);
CommandRunner AddFiguresCommand(CLI::App* command);
CommandRunner AddInspectCommand(CLI::App* command);
CommandRunner AddDemoCommand(CLI::App* command, const std::vector<std::string>* command_line);
CommandRunner AddMergeCommand(CLI::App* command, const std::vector<std::string>* command_line);

}  // namespace tobii::app

#include "tobii/run.h"
#include "tobii/shards.h"

namespace tobii::app {

// Runs a study with terminal progress and prints where the outputs are.
// Shared by `run`, `demo` and `merge`.
int RunStudyAndReport(study::RunOptions options);

// `run`'s options, registered on `command` (run's own, and merge's rerun
// of the shards' arguments), and the function that finishes them once the
// command line is parsed: the study config applied, the analysis options
// checked. Not ok: a usage error, which its message says.
using RunOptionsFinisher = std::function<Status(study::RunOptions* options)>;
RunOptionsFinisher AddRunOptions(CLI::App* command);

// `run --shard K/N` (tobii/shards.h) with terminal progress; `arguments`
// the command line after `run`, without --shard, for the shard's record.
int RunShardAndReport(study::RunOptions options, const study::ShardId& shard,
                      const std::vector<std::string>& arguments);

// The words of `command_line` after the subcommand `run`, without --shard
// and --jobs and their values: the shards' records compare them, and merge
// runs them again with jobs of its own.
std::vector<std::string> ShardArguments(const std::vector<std::string>& command_line);

}  // namespace tobii::app
