// results.json: every RecordingResult of a run, so that the study analysis
// (group tables, figures, the report) can be redone by `tobii-pipeline
// figures OUT` without reading a single recording. A few kilobytes per
// recording. Its fields follow metrics/result_fields.h. This folder is where
// the per-recording result cache will live.
//
// The file says which version of it this is; a file of another version,
// or one that does not read, is an error naming it (run the study again).
#pragma once

#include <filesystem>
#include <vector>

#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::results {

// The file's name in a run's output folder.
inline constexpr const char* kResultsFileName = "results.json";

// Written whole or not at all.
Status WriteResultsFile(const std::filesystem::path& path, const std::vector<RecordingResult>& results);

Status ReadResultsFile(const std::filesystem::path& path, std::vector<RecordingResult>* results);

}  // namespace tobii::results
