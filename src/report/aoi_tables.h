// The per-recording AOI tables (tobii/aoi_result.h), written only for a
// study with AOIs or intervals (analysis/aoi_comparisons.h: HasAoiResults):
//
//   interval_metrics.csv  one row per recording and interval occurrence
//   aoi_metrics.csv       one row per recording, interval occurrence and AOI
//   aoi_transitions.csv   one row per recording, interval occurrence and
//                         pair of AOIs (from, to) with a transition
//
// Each row opens with the recording's identity (outputs.h:
// kBehaviorRowIdentity) and the interval's (kIntervalRowIdentity); the
// metrics' columns are the fields of metrics/result_fields.h marked
// kInTable.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "report/column_doc.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::report {

// The interval fields that say which interval a row is about.
inline constexpr std::string_view kIntervalRowIdentity[] = {"interval", "kind",   "occurrence",
                                                            "start_ms", "end_ms", "duration_ms"};
bool IsIntervalIdentity(std::string_view field_name);

// Each table's columns by name, in order.
std::vector<std::string> IntervalMetricsColumns();
std::vector<std::string> AoiMetricsColumns();
std::vector<std::string> AoiTransitionsColumns();

// aoi_transitions.csv's columns after the two identities.
std::span<const ColumnDoc> TransitionColumns();

// Each written whole or not at all.
Status WriteIntervalMetricsCsv(const std::filesystem::path& path,
                               const std::vector<RecordingResult>& results);
Status WriteAoiMetricsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results);
Status WriteAoiTransitionsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results);

}  // namespace tobii::report
