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

}  // namespace tobii::app

#include "tobii/run.h"

namespace tobii::app {

// Runs a study with terminal progress and prints where the outputs are.
// Shared by `run` and `demo`.
int RunStudyAndReport(study::RunOptions options);

}  // namespace tobii::app
