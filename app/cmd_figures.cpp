// `tobii-pipeline figures OUT`: redo the study analysis of a finished run
// (tables and figures) from its results.json, without reading any recording.

#include <filesystem>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "figure_options.h"
#include "tobii/run.h"

namespace tobii::app {

CommandRunner AddFiguresCommand(CLI::App* command) {
  auto out = std::make_shared<std::string>();
  auto figures = std::make_shared<FigureOptions>();
  command->add_option("out", *out, "the output folder of a run (it holds results.json)")->required();
  AddFigureOptions(command, figures.get());
  return [out, figures] {
    const std::filesystem::path folder = *out;
    study::RedrawSummary redrawn;
    if (Status s = study::RedrawFromResults(folder, *figures, &redrawn); !s.ok()) {
      PrintError(s.message());
      return redrawn.results_read ? kExitNothingAnalysed : kExitUsage;
    }
    const std::filesystem::path shown = std::filesystem::absolute(folder).lexically_normal();
    const study::RunOutputPaths paths = study::OutputPaths(shown);
    fmt::print(stderr, "redrawn from {} recordings' results, no recording read\n", redrawn.recordings);
    fmt::print("tables:   {}\n          {}\nfigures:  {}\nreport:   {}\n", (shown / "group_stats.csv").string(),
               (shown / "behavior_summary.csv").string(), paths.figures.string(), paths.report.string());
    return kExitOk;
  };
}

}  // namespace tobii::app
