// The run's tables and its record, each written atomically (io/atomic_file.h).
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "metrics/result_fields.h"
#include "report/column_doc.h"
#include "settings/settings_json.h"
#include "tobii/problem.h"
#include "tobii/recording_result.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::report {

// summary.csv: one row per analysed recording. The columns of this table
// and the next are the fields of metrics/result_fields.h marked kInTable.
Status WriteSummaryCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results);

// behavior_metrics.csv: one row per recording and annotated behaviour,
// opening with these fields of the recording's.
inline constexpr std::string_view kBehaviorRowIdentity[] = {"participant_id", "recording", "group", "condition",
                                                            "session"};

// The columns of summary.csv and behavior_metrics.csv: the result fields
// marked kInTable, then the covariates (report/covariates.h).
// A field's cell as the tables write it: text as it is, a count in full, a
// number with the field's decimals (missing: empty), unquoted.
template <typename Result>
std::string FieldCell(const metrics::ResultField<Result>& field, const Result& result);

// Appends the recording's kBehaviorRowIdentity cells, comma-separated, to
// a row (the per-recording tables other than summary.csv open with them).
void AppendRecordingIdentity(const RecordingResult& result, std::string* row);

std::vector<std::string> SummaryColumns(const std::vector<std::string>& covariates);
std::vector<std::string> BehaviorMetricsColumns(const std::vector<std::string>& covariates);
Status WriteBehaviorMetricsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results);

// problems.csv: every file skipped or doubted, and why. Its columns:
std::span<const ColumnDoc> ProblemsColumns();
Status WriteProblemsCsv(const std::filesystem::path& path, const std::vector<Problem>& problems);

// The settings as JSON, for run.json (settings/settings_json.h).
using settings::SettingsJson;

// run.json: written as given, pretty-printed.
Status WriteJson(const std::filesystem::path& path, const nlohmann::json& document);

}  // namespace tobii::report
