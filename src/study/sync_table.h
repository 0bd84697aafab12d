// The sync table: each recording's own offset (and drift) between its BORIS
// media time and its recording time (boris/alignment.h has the formula). A
// CSV or TSV in the study folder (found by its header) with the columns
//
//   recording       the recording name, or the export's file (relative)
//   offset_s        seconds
//   participant_id  optional: which participant's recording of that name
//                   (Pro Lab names every participant's first "Recording1")
//   drift_ppm       optional: parts per million, 0 when absent or empty
//
// The study config's [[sync]] tables hold the same keys. A recording with
// no entry keeps the run-wide --boris-offset-s (study/clock_sync.h gives
// each recording its entry).
#pragma once

#include <string>
#include <vector>

#include "tobii/status.h"
#include "tobii/sync_entry.h"

namespace tobii::study {

// Reads a sync table; `name` is the file as messages give it. A table
// without a `recording` or `offset_s` column, or with a row whose numbers do
// not read, is an error naming the file, line and column: a wrong offset
// would misplace every annotation of a recording, so a broken table stops
// the run before the heavy work.
Status ReadSyncTable(const std::string& path, const std::string& name, std::vector<SyncEntry>* entries);

}  // namespace tobii::study
