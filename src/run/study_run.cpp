#include "tobii/run.h"

#include <tbb/task_arena.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "run/gather_outcomes.h"
#include "run/pass_outcome.h"
#include "run/prepare_study.h"
#include "run/recording_passes.h"
#include "run/run_json.h"
#include "run/stopwatch.h"
#include "run/study_overview.h"
#include "run/write_outputs.h"
#include "util/memory.h"

namespace tobii::study {

namespace {

// RunOptions::jobs, or one worker per core when 0.
int WorkerCount(int jobs) {
  return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

}  // namespace

Status RunStudy(const RunOptions& options, RunObserver* observer, RunSummary* summary) {
  const Stopwatch run;
  RunTimings timings;

  PreparedStudy prepared;
  if (Status s = PrepareStudy(options, &prepared); !s.ok()) return s;
  timings.discover_s = run.Seconds();
  timings.discover_peak_mib = util::PeakResidentMiB();
  if (observer != nullptr) observer->OnDiscovered(Overview(prepared.inputs));

  tbb::task_arena workers(WorkerCount(options.jobs));
  const Stopwatch passes;
  std::vector<PassOutcome> outcomes = RunRecordingPasses(options, prepared, &workers, observer);
  timings.analyse_s = summary->pass_seconds = passes.Seconds();
  timings.analyse_peak_mib = util::PeakResidentMiB();

  GatherOutcomes(prepared.inputs, options.settings, &outcomes, observer, summary);
  if (summary->analysed == 0) {
    // No tables, figures or report that would look like results: every
    // failure has been told, and the caller says that nothing was written.
    summary->seconds = run.Seconds();
    summary->peak_resident_mib = util::PeakResidentMiB();
    return Status::Ok();
  }

  const Stopwatch writing;
  if (Status s = WriteStudyOutputs(options, *summary, &workers); !s.ok()) return s;
  summary->seconds = run.Seconds();
  summary->peak_resident_mib = util::PeakResidentMiB();
  timings.write_s = writing.Seconds();
  const nlohmann::json run_json =
      RunJson(options, prepared.inputs, outcomes, workers.max_concurrency(), timings, *summary);
  return WriteRunRecord(options.out, run_json);
}

}  // namespace tobii::study
