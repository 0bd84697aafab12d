// `tobii-pipeline inspect FILE...`: what each file is and why it is or is
// not read (study/inspect.h). One file gives a block of `key: value` lines,
// several files or a folder a table of one row per file; --json gives
// either as JSON.

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.h"
#include "inspect_output.h"
#include "tobii/inspect.h"
#include "tobii/escape_controls.h"

namespace tobii::app {

namespace {

// The entries of one argument: a folder walked as a run walks a study, or
// one file. A folder that cannot be listed is an entry that could not be
// opened.
std::vector<study::FileInspection> InspectArgument(const std::string& argument) {
  std::error_code ec;
  if (!std::filesystem::is_directory(argument, ec)) {
    study::FileInspection file;
    (void)study::InspectFile(argument, &file);  // a file that cannot be opened says so itself
    return {std::move(file)};
  }
  std::vector<study::FileInspection> files;
  if (Status s = study::InspectFolder(argument, &files); !s.ok()) {
    study::FileInspection folder;
    folder.path = argument;
    folder.opened = false;
    folder.kind = "not read";
    folder.not_read = s.message();
    return {std::move(folder)};
  }
  return files;
}

}  // namespace

CommandRunner AddInspectCommand(CLI::App* command) {
  auto arguments = std::make_shared<std::vector<std::string>>();
  auto json = std::make_shared<bool>(false);
  command->add_option("files", *arguments, "files or folders (a folder is walked as `run` walks a study)")
      ->required();
  command->add_flag("--json", *json, "print the findings as JSON, for scripts");
  return [arguments, json] {
    std::vector<study::FileInspection> files;
    for (const std::string& argument : *arguments) {
      for (study::FileInspection& file : InspectArgument(argument)) files.push_back(std::move(file));
    }
    std::error_code ec;
    const bool one_file = arguments->size() == 1 && !std::filesystem::is_directory(arguments->front(), ec);
    if (*json) {
      // Names from files need not be valid UTF-8: replace what is not.
      fmt::print("{}\n", InspectionJson(files).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    } else if (one_file) {
      fmt::print("{}", InspectionBlock(files.front()));
    } else {
      fmt::print("{}", InspectionTable(files));
    }
    bool all_opened = true;
    for (const study::FileInspection& file : files) {
      if (!file.opened) {
        all_opened = false;
        fmt::print(stderr, "error: {}: {}\n", util::EscapeControls(file.path), util::EscapeControls(file.not_read));
      }
    }
    return all_opened ? kExitOk : kExitNothingAnalysed;
  };
}

}  // namespace tobii::app
