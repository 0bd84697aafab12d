// tobii-pipeline: analyses a whole eye-tracking study in one streaming pass.
// One table lists the subcommands; each lives in its own cmd_*.cpp.

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.h"

namespace {

using tobii::app::CommandRunner;

struct Command {
  const char* name;
  const char* help;
  CommandRunner (*add)(CLI::App*, const std::vector<std::string>*);
};

const Command kCommands[] = {
    {"demo", "generate a small study and analyse it",
     [](CLI::App* c, const std::vector<std::string>* line) { return tobii::app::AddDemoCommand(c, line); }},
    {"run", "analyse a study folder",
     [](CLI::App* c, const std::vector<std::string>* line) { return tobii::app::AddRunCommand(c, line); }},
    {"inspect", "what each file is (format, rate, duration, validity) and why it is or is not read",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddInspectCommand(c); }},
    {"events", "the fixations, saccades and blinks of one export, as CSV",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddEventsCommand(c); }},
    {"figures", "redraw the group tables and figures of a run from its results.json, reading no recording",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddFiguresCommand(c); }},
    {"generate", "write a synthetic study (Pro Lab exports, BORIS files, ground truth)",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddGenerateCommand(c); }},
};

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> command_line(argv, argv + argc);
  CLI::App app{"tobii-pipeline " TOBII_VERSION ": streaming analysis of whole Tobii eye-tracking studies"};
  app.set_version_flag("--version", TOBII_VERSION);
  app.require_subcommand(1);
  std::vector<std::pair<CLI::App*, CommandRunner>> runners;
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    runners.emplace_back(sub, command.add(sub, &command_line));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? tobii::app::kExitOk : tobii::app::kExitUsage;
  }
  try {
    for (auto& [sub, runner] : runners) {
      if (sub->parsed()) return runner();
    }
  } catch (const std::exception& e) {
    tobii::app::PrintError(std::string("internal error: ") + e.what());
    return tobii::app::kExitNothingAnalysed;
  }
  return tobii::app::kExitUsage;
}
