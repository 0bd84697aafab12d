#include "run/write_outputs.h"

#include <set>
#include <string>

#include "analysis/aoi_comparisons.h"
#include "report/aoi_tables.h"
#include "report/column_dictionary.h"
#include "report/covariates.h"
#include "report/html_report.h"
#include "report/observations_csv.h"
#include "report/outputs.h"
#include "tobii/output_names.h"
#include "results/results_file.h"
#include "run/study_analysis.h"

namespace tobii::study {

namespace {

// A run replaces all of an earlier run's outputs and carries on the cache
// and whatever else OUT holds (a user's notes; with --force, the folder's
// own files).
bool KeptByRun(const std::string& name) {
  return name == results::kCacheFolder || !results::IsOneOf(name, results::kRunOutputNames);
}

}  // namespace

Status WriteStudyOutputs(const RunOptions& options, const std::filesystem::path& out,
                         const RunSummary& summary, const results::FigureDataShelf* shelf,
                         tbb::task_arena* workers) {
  if (Status s = report::WriteSummaryCsv(out / results::kSummaryTable, summary.results); !s.ok()) return s;
  if (Status s = report::WriteBehaviorMetricsCsv(out / results::kBehaviorMetricsTable, summary.results); !s.ok())
    return s;
  if (analysis::HasAoiResults(summary.results)) {  // a study without AOIs gets no empty AOI tables
    if (Status s = report::WriteIntervalMetricsCsv(out / results::kIntervalMetricsTable, summary.results); !s.ok())
      return s;
    if (Status s = report::WriteAoiMetricsCsv(out / results::kAoiMetricsTable, summary.results); !s.ok()) return s;
    if (Status s = report::WriteAoiTransitionsCsv(out / results::kAoiTransitionsTable, summary.results); !s.ok())
      return s;
  }
  if (Status s = report::WriteObservationsCsv(out / results::kObservationsTable, summary.results); !s.ok()) return s;
  if (Status s = report::WriteColumnsCsv(out / results::kColumnsTable, report::CovariateNames(summary.results));
      !s.ok())
    return s;
  if (Status s = results::WriteResultsFile(out / results::kResultsFileName, summary.results, shelf); !s.ok())
    return s;
  Status analysis;  // with the run's workers: the figures are drawn side by side
  workers->execute([&] { analysis = run::WriteStudyAnalysis(out, summary.results, options.figures, shelf); });
  if (!analysis.ok()) return analysis;
  return report::WriteProblemsCsv(out / results::kProblemsTable, summary.problems);
}

Status WriteRunRecord(const std::filesystem::path& out, const RunRecord& run) {
  if (Status s = WriteRunJson(out / results::kRunRecord, run); !s.ok()) return s;
  return report::WriteHtmlReport(out, ReportView(run));
}

Status PutOutputsInPlace(const std::vector<PassOutcome>& outcomes, const ResultCache& cache, OutputSet* outputs) {
  if (Status s = outputs->Commit(KeptByRun); !s.ok()) return s;
  std::set<std::string> used;
  for (const PassOutcome& outcome : outcomes) {
    if (outcome.status.ok()) used.insert(outcome.cache_entry);
  }
  cache.Prune(used);
  return Status::Ok();
}

}  // namespace tobii::study
