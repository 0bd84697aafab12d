// The last step of a study run: the outputs, from the summary alone.
//
//   summary.csv, behavior_metrics.csv -> results.json -> the study
//   analysis and its figures (run/study_analysis.h) -> problems.csv
//   ... then run.json and report.html, once the run's totals are known
//   -> all of them put in place at once.
//
// Memory: the results as gathered; the study analysis draws its figures
// side by side on the run's workers, one canvas each.
#pragma once

#include <tbb/task_arena.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "results/figure_data_shelf.h"
#include "run/output_set.h"
#include "run/pass_outcome.h"
#include "run/result_cache.h"
#include "run/run_json.h"
#include "tobii/run.h"
#include "tobii/status.h"

namespace tobii::study {

// The tables, the results file, all that is made from it alone (`figures`
// redoes it from the same file) and problems.csv, in `folder` (the staging
// folder of the new outputs, run/output_set.h). Stops at the first that
// cannot be written.
// `shelf`: where the results' figure data waits (null: in the results).
Status WriteStudyOutputs(const RunOptions& options, const std::filesystem::path& folder,
                         const RunSummary& summary, const results::FigureDataShelf* shelf,
                         tbb::task_arena* workers);

// run.json (run/run_json.h) and report.html, which shows it, in `folder`.
Status WriteRunRecord(const std::filesystem::path& folder, const RunRecord& run);

// Puts the staged outputs in place (run/output_set.h), replacing every
// output of an earlier run and carrying on the rest of OUT, then leaves in
// the cache only the entries of this run's recordings.
Status PutOutputsInPlace(const std::vector<PassOutcome>& outcomes, const ResultCache& cache, OutputSet* outputs);

}  // namespace tobii::study
