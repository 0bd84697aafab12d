// Events as tidy CSV: one row per fixation, saccade or blink, times in
// milliseconds since the recording started (conventions:
// doc/algorithms/conventions.md). Used by `events` and `run --write-events`.
#pragma once

#include <span>
#include <string>

#include "tobii/event.h"

namespace tobii::report {

// The header row, with its line end.
std::string EventsCsvHeader();

// Appends one row per event.
void AppendEventsCsv(std::span<const Event> events, std::string* out);

}  // namespace tobii::report
