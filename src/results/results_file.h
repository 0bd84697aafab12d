// results.json: every RecordingResult of a run, so that the study analysis
// (group tables, figures, the report) can be redone by `tobii-pipeline
// figures OUT` without reading a single recording. A few kilobytes per
// recording. Its fields follow metrics/result_fields.h.
// The file says which version of it this is; a file of another version,
// or one that does not read, is an error naming it (run the study again).
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "results/figure_data_shelf.h"
#include "tobii/output_names.h"  // kResultsFileName: its name in OUT
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::results {

// Bumped whenever a field changes meaning or is removed (the result cache
// keys on it too).
inline constexpr int kResultsFileVersion = 5;

// Written whole or not at all. `shelf`: where the results' figure data
// waits (null: in the results).
Status WriteResultsFile(const std::filesystem::path& path, const std::vector<RecordingResult>& results,
                        const FigureDataShelf* shelf = nullptr);

// With a shelf, each recording's figure data is put on it as soon as the
// recording is read (results/figure_data_shelf.h), so that reading costs
// the lean results only.
Status ReadResultsFile(const std::filesystem::path& path, std::vector<RecordingResult>* results,
                       FigureDataShelf* shelf = nullptr);

// One recording's stored fields, as results.json holds them (the result
// cache, run/result_cache.h, keeps the same). Throws std::system_error when
// the shelf cannot be read back.
nlohmann::json RecordingJson(const RecordingResult& result, const FigureDataShelf* shelf = nullptr);
// Throws (nlohmann's errors, std::invalid_argument) on a record that does
// not read.
RecordingResult RecordingFromJson(const nlohmann::json& json);

}  // namespace tobii::results
