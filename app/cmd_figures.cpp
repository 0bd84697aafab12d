// `tobii-pipeline figures OUT`: redo the study analysis of a finished run
// (tables and figures) from its results.json, without reading any recording.

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "figure_options.h"
#include "report/html_report.h"
#include "report/results_file.h"
#include "report/figure_names.h"
#include "report/figure_options_json.h"
#include "run/study_analysis.h"

namespace tobii::app {

CommandRunner AddFiguresCommand(CLI::App* command) {
  auto out = std::make_shared<std::string>();
  auto figures = std::make_shared<FigureOptions>();
  command->add_option("out", *out, "the output folder of a run (it holds results.json)")->required();
  AddFigureOptions(command, figures.get());
  return [out, figures] {
    const std::filesystem::path folder = *out;
    std::vector<RecordingResult> results;
    if (Status s = report::ReadResultsFile(folder / report::kResultsFileName, &results); !s.ok()) {
      PrintError(s.message());
      return kExitUsage;
    }
    if (Status s = run::WriteStudyAnalysis(folder, results, *figures); !s.ok()) {
      PrintError(s.message());
      return kExitNothingAnalysed;
    }
    // The report takes the overview and settings from the run's run.json.
    nlohmann::json run;
    std::ifstream run_file(folder / "run.json");
    if (run_file) run = nlohmann::json::parse(run_file, nullptr, /*allow_exceptions=*/false);
    if (run.is_discarded()) run = nullptr;
    if (run.is_object()) {  // the settings block shows the options these figures were drawn with
      run["figure_options"] = report::FigureOptionsJson(*figures);
      run["figures_redrawn"] = true;
    }
    if (Status s = report::WriteHtmlReport(folder, run); !s.ok()) {
      PrintError(s.message());
      return kExitNothingAnalysed;
    }
    const std::filesystem::path shown = std::filesystem::absolute(folder).lexically_normal();
    fmt::print(stderr, "redrawn from {} recordings' results, no recording read\n", results.size());
    fmt::print("tables:   {}\n          {}\nfigures:  {}\nreport:   {}\n", (shown / "group_stats.csv").string(),
               (shown / "behavior_summary.csv").string(), (shown / report::kFiguresFolder).string(),
               (shown / report::kReportFileName).string());
    return kExitOk;
  };
}

}  // namespace tobii::app
