// RedrawFromResults (tobii/run.h): `figures OUT`, the study analysis of a
// finished run redone from its results file, without reading a recording.
// The redrawn outputs replace the old ones all at once (run/output_set.h).

#include <nlohmann/json.hpp>
#include <system_error>

#include "report/figure_options_json.h"
#include "report/html_report.h"
#include "report/run_record.h"
#include "results/figure_data_shelf.h"
#include "results/results_file.h"
#include "run/output_set.h"
#include "run/study_analysis.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::study {

namespace {

// Everything but what is redrawn is carried on.
bool KeptByRedraw(const std::string& name) { return !results::IsOneOf(name, results::kRedrawnNames); }

}  // namespace

Status RedrawFromResults(const std::filesystem::path& out, const FigureOptions& figures, RedrawSummary* summary) {
  *summary = {};
  const std::filesystem::path results_file = out / results::kResultsFileName;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(results_file, ec)) {
    return Status::Error(results_file.string() + ": not found: is " + out.string() +
                         " the output folder of a run?");
  }
  OutputSet outputs;
  if (Status s = outputs.Open(out, /*force=*/false); !s.ok()) return s;
  // Each recording's figure data waits on disk while the rest is read, so
  // that memory does not grow with the number of recordings (without a
  // scratch file, in memory: the figures are the same).
  results::FigureDataShelf shelf;
  results::FigureDataShelf* shelved = shelf.Open(outputs.staging()).ok() ? &shelf : nullptr;
  std::vector<RecordingResult> results;
  if (Status s = results::ReadResultsFile(results_file, &results, shelved); !s.ok()) return s;
  summary->results_read = true;
  summary->recordings = results.size();
  if (Status s = outputs.ShareKeptFiles(KeptByRedraw); !s.ok()) return s;
  if (Status s = run::WriteStudyAnalysis(outputs.staging(), results, figures, shelved); !s.ok()) return s;
  results.clear();
  shelf.Close();  // before the outputs are synced, which would write it out first
  // The report takes the overview and settings from the run's run.json.
  nlohmann::json run = report::ReadRunRecord(out / results::kRunRecord);
  if (run.is_object()) {  // the settings block shows the options these figures were drawn with
    run["figure_options"] = report::FigureOptionsJson(figures);
    run["figures_redrawn"] = true;
  }
  if (Status s = report::WriteHtmlReport(outputs.staging(), run); !s.ok()) return s;
  return outputs.Commit(KeptByRedraw);
}

}  // namespace tobii::study
