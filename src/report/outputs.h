// The run's tables and its record, each written atomically (io/atomic_file.h).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tobii/problem.h"
#include "tobii/recording_result.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::report {

// summary.csv: one row per analysed recording.
Status WriteSummaryCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results);

// problems.csv: every file skipped or doubted, and why.
// behavior_metrics.csv: one row per recording and annotated behaviour.
Status WriteBehaviorMetricsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results);

Status WriteProblemsCsv(const std::filesystem::path& path, const std::vector<Problem>& problems);

// The settings as JSON, for run.json.
nlohmann::json SettingsJson(const Settings& settings);

// run.json: written as given, pretty-printed.
Status WriteJson(const std::filesystem::path& path, const nlohmann::json& document);

}  // namespace tobii::report
