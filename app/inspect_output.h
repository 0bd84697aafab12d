// How `tobii-pipeline inspect` shows what it found (study/inspect.h): a
// block of `key: value` lines for one file, an aligned table of one row per
// file for several, and JSON of either for scripts. Names and messages
// taken from files pass through util::EscapeControls before they reach the
// terminal (JSON escapes them itself).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tobii/inspect.h"

namespace tobii::app {

// Everything known about one file, one `key: value` a line; a file of
// several recordings has a section, indented, for each.
std::string InspectionBlock(const study::FileInspection& file);

// One row per file: file, kind or format, samples, rate, duration,
// validity, problems and the reason where not read, in aligned columns.
std::string InspectionTable(const std::vector<study::FileInspection>& files);

// {"files": [...]}: for each file all the block holds, numbers as numbers
// (null where unknown).
nlohmann::json InspectionJson(const std::vector<study::FileInspection>& files);

}  // namespace tobii::app
