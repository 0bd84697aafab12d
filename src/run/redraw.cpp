// RedrawFromResults (tobii/run.h): `figures OUT`, the study analysis of a
// finished run redone from its results file, without reading a recording.

#include <fstream>

#include <nlohmann/json.hpp>

#include "report/figure_options_json.h"
#include "report/html_report.h"
#include "results/results_file.h"
#include "run/study_analysis.h"
#include "tobii/run.h"

namespace tobii::study {

Status RedrawFromResults(const std::filesystem::path& out, const FigureOptions& figures, RedrawSummary* summary) {
  *summary = {};
  std::vector<RecordingResult> results;
  if (Status s = results::ReadResultsFile(out / results::kResultsFileName, &results); !s.ok()) return s;
  summary->results_read = true;
  summary->recordings = results.size();
  if (Status s = run::WriteStudyAnalysis(out, results, figures); !s.ok()) return s;
  // The report takes the overview and settings from the run's run.json.
  nlohmann::json run;
  std::ifstream run_file(out / "run.json");
  if (run_file) run = nlohmann::json::parse(run_file, nullptr, /*allow_exceptions=*/false);
  if (run.is_discarded()) run = nullptr;
  if (run.is_object()) {  // the settings block shows the options these figures were drawn with
    run["figure_options"] = report::FigureOptionsJson(figures);
    run["figures_redrawn"] = true;
  }
  return report::WriteHtmlReport(out, run);
}

}  // namespace tobii::study
