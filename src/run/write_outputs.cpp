#include "run/write_outputs.h"

#include "report/html_report.h"
#include "report/outputs.h"
#include "results/results_file.h"
#include "run/study_analysis.h"

namespace tobii::study {

Status WriteStudyOutputs(const RunOptions& options, const RunSummary& summary, tbb::task_arena* workers) {
  const std::filesystem::path& out = options.out;
  if (Status s = report::WriteSummaryCsv(out / "summary.csv", summary.results); !s.ok()) return s;
  if (Status s = report::WriteBehaviorMetricsCsv(out / "behavior_metrics.csv", summary.results); !s.ok())
    return s;
  if (Status s = results::WriteResultsFile(out / results::kResultsFileName, summary.results); !s.ok()) return s;
  Status analysis;  // with the run's workers: the figures are drawn side by side
  workers->execute([&] { analysis = run::WriteStudyAnalysis(out, summary.results, options.figures); });
  if (!analysis.ok()) return analysis;
  return report::WriteProblemsCsv(out / "problems.csv", summary.problems);
}

Status WriteRunRecord(const std::filesystem::path& out, const nlohmann::json& run) {
  if (Status s = report::WriteJson(out / "run.json", run); !s.ok()) return s;
  return report::WriteHtmlReport(out, run);
}

}  // namespace tobii::study
