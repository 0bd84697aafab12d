// Design assignment: gives each recording the condition and session its
// row of the design table (study/design_table.h) names.
#pragma once

#include <vector>

#include "study/design_table.h"
#include "study/discover.h"
#include "tobii/problem.h"

namespace tobii::study {

// Sets each recording's condition and session from the row that names it
// (study/recording_reference.h), by the rules clock offsets follow
// (study/clock_sync.h). Reported in *problems:
// - a row naming no recording: a warning;
// - a row naming several: an error naming them (add a participant_id),
//   and none of them takes it;
// - a recording named by several rows: an error, and it takes none: its
//   condition and session are left empty rather than guessed;
// - a condition (session) from names-from-path that the row contradicts:
//   the table wins, with a warning naming both;
// - a recording the table does not name, or whose row leaves a column the
//   table has empty: a warning, so no recording leaves the comparisons
//   in silence.
// `recordings` hold names-from-path's condition and session, if any.
void AssignDesign(const DesignTable& table, std::vector<RecordingInput>* recordings, std::vector<Problem>* problems);

}  // namespace tobii::study
