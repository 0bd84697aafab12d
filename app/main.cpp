// tobii-pipeline: analyses a whole eye-tracking study in one streaming pass.
// One table lists the subcommands; each lives in its own cmd_*.cpp.

#include <fmt/format.h>
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

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
    {"merge", "finish a study its shards (run --shard K/N) analysed: statistics, tables, figures and report",
     [](CLI::App* c, const std::vector<std::string>* line) { return tobii::app::AddMergeCommand(c, line); }},
    {"inspect", "what each file is (format, rate, duration, validity) and why it is or is not read",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddInspectCommand(c); }},
    {"events", "the fixations, saccades and blinks of one export, as CSV",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddEventsCommand(c); }},
    {"figures", "redraw the group tables and figures of a run from its results.json, reading no recording",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddFiguresCommand(c); }},
    {"generate", "write a synthetic study (Pro Lab exports, BORIS files, ground truth)",
     [](CLI::App* c, const std::vector<std::string>*) { return tobii::app::AddGenerateCommand(c); }},
};

// glibc's malloc maps a large block of its own and unmaps it when freed,
// and returns the heap's free top to the kernel past a threshold; both
// adapt as a program runs. A run allocates and frees blocks of some MiB
// over and over (each figure's 300-dpi image is about 14 MiB, then its PNG;
// the passes' read buffers), and with the defaults many were mapped and
// page-faulted in afresh each time: a fifth of the time spent drawing went
// to the kernel. Fixed thresholds keep freed blocks for reuse. Measured on
// 2 cores, generated studies: runs 10-30 % faster (8 recordings x 4 min,
// 2,000 and 10,000 short ones); peak memory the same at 10,000
// recordings, about 12 MiB more at 100 (each drawing thread keeps its
// image's block), and it grows less per recording added
// (tests/e2e/memory_growth_test.cpp).
constexpr int kMmapThresholdBytes = 32 << 20;  // glibc's ceiling for its adaptive threshold
constexpr int kTrimThresholdBytes = 64 << 20;

}  // namespace

int main(int argc, char** argv) {
  mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
  mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes);
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
