// Analysing one recording file: the entry of `tobii-pipeline events`. The
// file's format is judged from its content (as a run judges it), it is
// read with the run's settings through the same pass as every recording
// of a study, and its events come out as they are found, so a recording of
// any length takes bounded memory.
#pragma once

#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "tobii/event.h"
#include "tobii/recording_result.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii {

// Analyses the recording in `path`. A file that is not a recording, or
// holds several (a Pro Lab export of a whole project: their names are
// listed; `run` analyses each), is an error. `on_events` (optional) gets
// every batch of final events, in time order.
Status AnalyseRecordingFile(const std::string& path, const Settings& settings,
                            const std::function<void(std::span<const Event>)>& on_events, RecordingResult* result);

// The events of the recording in `path` as CSV, the columns of `run
// --write-events`: `write` gets the text piece by piece as the pass goes
// (what it was given stands even when the analysis then fails).
Status StreamEventsCsv(const std::string& path, const Settings& settings,
                       const std::function<void(std::string_view csv)>& write);

// The same CSV written to `out`, whole or not at all.
Status WriteEventsCsv(const std::string& path, const Settings& settings, const std::filesystem::path& out);

}  // namespace tobii
