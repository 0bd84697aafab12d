// The second step of a study run: every recording's pass
// (study/recording_pass.h) on the run's workers, largest first, each
// writing its events file when asked, with progress told as it goes. A
// recording whose outcome is in the result cache (run/result_cache.h) is
// not read; one that is read is kept there as soon as it is done. When
// RunOptions::interrupt is set, the passes stop after their current chunk
// and no other starts.
//
// Memory: each worker holds one recording's pass (a read buffer, a chunk,
// a detector window, and with events a flush buffer); the outcomes hold one
// small result per recording, its figure data on the shelf when there is
// one (results/figure_data_shelf.h).
#pragma once

#include <tbb/task_arena.h>

#include <cstddef>
#include <vector>

#include "results/figure_data_shelf.h"
#include "run/pass_outcome.h"
#include "run/prepare_study.h"
#include "run/result_cache.h"
#include "study/discover.h"
#include "tobii/run.h"

namespace tobii::study {

// RunOptions::jobs: the run's workers; 0: one per core.
int WorkerCount(int jobs);

// The order the passes start in: largest file first, so that one long
// recording does not finish alone at the end; equal sizes in file order.
std::vector<std::size_t> LargestFirst(const std::vector<RecordingInput>& recordings);

// For `merge`: what a recording's shard said of it (run/shard_record.h).
struct ShardVerdict {
  std::string shard;    // "K/N", whose share it is
  std::string entry;    // the cache entry its shard left for it
  std::string failure;  // not empty: its pass failed in the shard, for this reason
  ResultCache::Stamp failed_stamp;  // then: its file's size and time as the shard left it
  std::string missing;  // not empty: why there is no result of it to look for
};

// Where the passes write: the staging folder of the new outputs (events/),
// the cache (`reuse`: false for --no-cache: entries are made, none read),
// and the shelf that keeps each result's figure data out of memory (none:
// it stays in the result). A shard keeps its results in the cache alone
// (`keep_results` false: the outcomes keep no result). A merge reads
// nothing: `from_shards` holds one verdict per recording, and a result
// not in the cache as its shard left it is missing (PassOutcome::missing).
struct PassOutputs {
  std::filesystem::path staging;
  const ResultCache* cache = nullptr;
  bool reuse = true;
  results::FigureDataShelf* shelf = nullptr;
  bool keep_results = true;
  const std::vector<ShardVerdict>* from_shards = nullptr;
};

// One outcome per recording of `prepared`, in file order. A recording that
// fails is told to the observer (may be null) as it fails, and the others
// go on.
std::vector<PassOutcome> RunRecordingPasses(const RunOptions& options, const PreparedStudy& prepared,
                                            const PassOutputs& outputs, tbb::task_arena* workers,
                                            RunObserver* observer);

}  // namespace tobii::study
