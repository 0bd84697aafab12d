#include <tbb/task_arena.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "results/figure_data_shelf.h"
#include "run/gather_outcomes.h"
#include "run/merge_shards.h"
#include "run/output_set.h"
#include "run/pass_outcome.h"
#include "run/prepare_study.h"
#include "run/recording_passes.h"
#include "run/result_cache.h"
#include "run/run_json.h"
#include "run/stopwatch.h"
#include "run/study_overview.h"
#include "run/write_outputs.h"
#include "tobii/output_names.h"
#include "tobii/run.h"
#include "util/memory.h"
#include "util/stop_signal.h"

namespace tobii::study {

namespace {

// Whether the run was told to stop (RunOptions::interrupt); if so, the
// summary says by what and what its cache kept.
bool Stopped(const RunOptions& options, const std::vector<PassOutcome>& outcomes, RunSummary* summary) {
  summary->interrupted_by = util::StopSignal(options.interrupt);
  if (summary->interrupted_by == 0) return false;
  summary->finished_in_cache = FinishedInCache(outcomes);
  return true;
}

// The run's shelf (results/figure_data_shelf.h) is closed once results.json
// and the figures are written (Done), or when the run ends however it
// ends: its results are left with no figure data rather than a place in a
// file that is gone (RunSummary::results).
class ShelfInUse {
 public:
  ShelfInUse(results::FigureDataShelf* shelf, std::vector<RecordingResult>* results)
      : shelf_(shelf), results_(results) {}
  ~ShelfInUse() { Done(); }
  void Done() {
    for (RecordingResult& r : *results_) r.figure_data.shelved = {};
    shelf_->Close();
  }

 private:
  results::FigureDataShelf* shelf_;
  std::vector<RecordingResult>* results_;
};

}  // namespace

Status RunStudy(const RunOptions& options, RunObserver* observer, RunSummary* summary) {
  const Stopwatch run;
  RunTimings timings;

  OutputSet outputs;
  if (Status s = outputs.Open(options.out, options.force, options.study); !s.ok()) return s;
  PreparedStudy prepared;
  if (Status s = PrepareStudy(options, &prepared); !s.ok()) {
    if (Stopped(options, {}, summary)) return Status::Ok();  // nothing read, nothing written
    summary->no_groups = prepared.no_groups;
    return s;  // nothing read; the output set, not committed, leaves OUT as it was
  }
  if (!outputs.unlocked().empty()) {
    prepared.inputs.problems.push_back({outputs.out().string(), Severity::kWarning, Stage::kDiscover,
                                        "its file system cannot lock the output folder (" +
                                            outputs.unlocked() +
                                            "): nothing keeps a second run out of it while this one runs, "
                                            "and what a killed run left beside it "
                                            "is not cleared"});
  }
  timings.discover_s = run.Seconds();
  timings.discover_peak_mib = util::PeakResidentMiB();
  if (observer != nullptr) observer->OnDiscovered(Overview(prepared.inputs));

  std::vector<ShardVerdict> from_shards;  // a merge's, one per recording
  if (options.merge) {
    if (Status s = ShardVerdicts(outputs.out(), options.settings, prepared.inputs, &from_shards); !s.ok())
      return s;
  }

  tbb::task_arena workers(WorkerCount(options.jobs));
  const ResultCache cache(outputs.out() / results::kCacheFolder, options.settings, prepared.inputs.aois);
  // Without a scratch file for the figure data, it stays in memory: the
  // results are the same.
  results::FigureDataShelf shelf;
  const bool shelved = shelf.Open(outputs.staging()).ok();
  ShelfInUse shelf_in_use(&shelf, &summary->results);
  const PassOutputs pass_outputs{.staging = outputs.staging(),
                                 .cache = &cache,
                                 .reuse = options.use_cache,
                                 .shelf = shelved ? &shelf : nullptr,
                                 .keep_results = true,
                                 .from_shards = options.merge ? &from_shards : nullptr};
  const Stopwatch passes;
  std::vector<PassOutcome> outcomes = RunRecordingPasses(options, prepared, pass_outputs, &workers, observer);
  timings.analyse_s = summary->pass_seconds = passes.Seconds();
  std::vector<boris::BehaviorTimeline>().swap(prepared.timelines);  // the passes' alone
  timings.analyse_peak_mib = util::PeakResidentMiB();
  if (Stopped(options, outcomes, summary)) return Status::Ok();
  if (options.merge) {
    if (Status s = CheckNothingMissing(prepared.inputs, outcomes, from_shards, summary); !s.ok()) return s;
    std::vector<ShardVerdict>().swap(from_shards);  // the passes' and the check's alone
  }

  GatherOutcomes(prepared.inputs, options.settings, &outcomes, observer, summary);
  if (summary->analysed == 0) {
    // No tables, figures or report that would look like results: every
    // failure has been told, and the caller says that nothing was written.
    summary->seconds = run.Seconds();
    summary->peak_resident_mib = util::PeakResidentMiB();
    return Status::Ok();
  }

  const Stopwatch writing;
  if (Status s = WriteStudyOutputs(options, outputs.staging(), *summary, pass_outputs.shelf, &workers);
      !s.ok())
    return s;
  shelf_in_use.Done();  // before the outputs are synced, which would write it out first
  summary->seconds = run.Seconds();
  summary->peak_resident_mib = util::PeakResidentMiB();
  timings.write_s = writing.Seconds();
  const RunRecord run_json =
      RunJson(options, prepared.inputs, outcomes, workers.max_concurrency(), timings, *summary);
  if (Status s = WriteRunRecord(outputs.staging(), run_json); !s.ok()) return s;
  if (Stopped(options, outcomes, summary)) return Status::Ok();
  return PutOutputsInPlace(outcomes, cache, &outputs);
}

}  // namespace tobii::study
