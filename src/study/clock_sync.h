// Clock sync: gives each recording the sync entry (study/sync_table.h) that
// names it.
#pragma once

#include <vector>

#include "study/discover.h"
#include "study/sync_table.h"
#include "tobii/problem.h"

namespace tobii::study {

// Sets recording->clock_sync from the entry that names it. Reported in
// *problems: an entry naming no recording (warning), an entry naming
// several (error: add participant_id; none of them gets it), and a
// recording named by several entries (error: none is used, and the
// recording's annotations are dropped rather than placed by a guess).
void AssignClockSync(const std::vector<SyncEntry>& entries, std::vector<RecordingInput>* recordings,
                     std::vector<Problem>* problems);

}  // namespace tobii::study
