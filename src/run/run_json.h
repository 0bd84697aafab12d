// run.json: the record of a study run (how it was asked for, what it read
// and what became of each file and recording, its timings, memory and
// problems), which report.html shows. Built once, at the end of the run.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "run/pass_outcome.h"
#include "study/discover.h"
#include "tobii/run.h"

namespace tobii::study {

// Where the run's time and memory went, step by step (the totals are the
// summary's).
struct RunTimings {
  double discover_s = 0;  // preparing (run/prepare_study.h)
  double analyse_s = 0;   // the recordings' passes
  double write_s = 0;     // the outputs before run.json
  double discover_peak_mib = 0;
  double analyse_peak_mib = 0;
};

// REQUIRES: `outcomes` one per recording of `inputs`, in its order (their
// results may have been moved out); `workers` the run's worker count.
nlohmann::json RunJson(const RunOptions& options, const StudyInputs& inputs,
                       const std::vector<PassOutcome>& outcomes, int workers, const RunTimings& timings,
                       const RunSummary& summary);

}  // namespace tobii::study
