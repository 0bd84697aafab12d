// What one recording's pass leaves behind, kept from the pass until the
// outputs are written. Memory: its result (metrics, behaviours, figure
// data: a heat-map grid and, for a sample recording, a short trace) until
// it is gathered, then a few short strings: the outcome run.json reads is
// small, so that a study of many recordings does not hold a second,
// emptied result for each.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "tobii/problem.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::study {

struct PassOutcome {
  Status status;                    // not ok: the recording failed, and `result` is not used
  double seconds = 0;               // the pass's wall time, failed or not
  // Set when the pass analysed it (or found it in the cache); moved out
  // and let go when gathered (run/gather_outcomes.h).
  std::unique_ptr<RecordingResult> result;
  std::vector<std::string> damage;  // what the recording's flaws cost (io/damage.h), when it was analysed
  bool resolution_known = true;     // the file gave its screen's (or scene camera's) resolution
  bool from_cache = false;          // reused from OUT's result cache (run/result_cache.h): not read
  std::string cache_entry;          // its name in the cache; empty: no cache
  std::string cache_error;          // why it could not be kept in the cache; empty: kept (or no cache)
  std::string missing;              // merge: why its shard's result was not found; empty: found (or no merge)
};

// How many passes ended with their result kept in the cache: what a
// stopped run leaves for the next.
inline std::size_t FinishedInCache(const std::vector<PassOutcome>& outcomes) {
  std::size_t finished = 0;
  for (const PassOutcome& o : outcomes) finished += o.status.ok() && !o.cache_entry.empty();
  return finished;
}

// The problem a failed pass is: the recording was skipped.
inline Problem PassFailure(const std::string& file, const Status& status) {
  return {file, Severity::kError, Stage::kRead, status.message()};
}

}  // namespace tobii::study
