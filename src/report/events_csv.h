// Events as tidy CSV: one row per fixation, saccade or blink, times in
// milliseconds since the recording started (conventions:
// doc/algorithms/conventions.md). Used by `events` and `run --write-events`.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "report/column_doc.h"
#include "tobii/event.h"

namespace tobii::report {

// The columns, for the data dictionary.
std::span<const ColumnDoc> EventsColumns();

// The header row, with its line end.
std::string EventsCsvHeader();

// Appends one row per event of the recording named by `participant_id`
// and `recording`.
void AppendEventsCsv(std::string_view participant_id, std::string_view recording, std::span<const Event> events,
                     std::string* out);

}  // namespace tobii::report
