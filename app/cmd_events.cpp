// `tobii-pipeline events FILE`: the events of one recording as CSV on
// standard output (or into --out), with the same analysis options as `run`.

#include <cstdio>
#include <memory>

#include "analysis_options.h"
#include "commands.h"
#include "tobii/recording.h"

namespace tobii::app {

CommandRunner AddEventsCommand(CLI::App* command) {
  auto file = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  command->add_option("file", *file, "a recording (any format `tobii-pipeline inspect` reads)")->required();
  command->add_option("--out", *out, "write the CSV to this file instead of standard output");
  auto settings = std::make_shared<Settings>();
  const auto check_analysis = AddAnalysisOptions(command, settings.get());
  return [file, out, settings, check_analysis] {
    if (Status s = check_analysis(); !s.ok()) {
      PrintError(s.message());
      return kExitUsage;
    }
    const Status status =
        out->empty() ? StreamEventsCsv(*file, *settings,
                                       [](std::string_view csv) { std::fwrite(csv.data(), 1, csv.size(), stdout); })
                     : WriteEventsCsv(*file, *settings, *out);
    if (!status.ok()) {
      PrintError(status.message());
      return kExitNothingAnalysed;
    }
    return kExitOk;
  };
}

}  // namespace tobii::app
