// The names of a run's outputs in its folder OUT, in one place: the writers
// use them, the terminal lists them, and the output set (src/run/output_set.h)
// knows from them which of OUT's entries a new run replaces and which it
// carries on (the result cache, a user's own files).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>


namespace tobii::results {

inline constexpr const char* kResultsFileName = "results.json";  // results/results_file.h
inline constexpr const char* kFiguresFolder = "figures";          // plot/study_figures.h
inline constexpr const char* kReportFileName = "report.html";     // report/html_report.h
inline constexpr const char* kSummaryTable = "summary.csv";
inline constexpr const char* kBehaviorMetricsTable = "behavior_metrics.csv";
inline constexpr const char* kGroupStatsTable = "group_stats.csv";
inline constexpr const char* kBehaviorSummaryTable = "behavior_summary.csv";
inline constexpr const char* kProblemsTable = "problems.csv";
inline constexpr const char* kColumnsTable = "columns.csv";  // report/column_dictionary.h
inline constexpr const char* kConditionStatsTable = "condition_stats.csv";  // analysis/condition_comparisons.h
inline constexpr const char* kBehaviorConditionStatsTable = "behavior_condition_stats.csv";
inline constexpr const char* kObservationsTable = "observations.csv";      // report/observations_csv.h
// The AOI tables, written only for a study with AOIs or intervals
// (analysis/aoi_comparisons.h: HasAoiResults; report/aoi_tables.h).
inline constexpr const char* kIntervalMetricsTable = "interval_metrics.csv";
inline constexpr const char* kAoiMetricsTable = "aoi_metrics.csv";
inline constexpr const char* kAoiTransitionsTable = "aoi_transitions.csv";
inline constexpr const char* kAoiSummaryTable = "aoi_summary.csv";  // analysis/aoi_comparisons.h
inline constexpr const char* kRunRecord = "run.json";
inline constexpr const char* kEventsFolder = "events";
// The result cache (src/run/result_cache.h); its CACHEDIR.TAG marks it as
// ours and tells backup tools to pass it over.
inline constexpr const char* kCacheFolder = "cache";
inline constexpr const char* kCacheTag = "CACHEDIR.TAG";
// The tag's text: the signature of the Cache Directory Tagging
// Specification (bford.info/cachedir), then who made it.
inline constexpr std::string_view kCacheTagText =
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# The result cache of tobii-pipeline: each analysed recording's result, reused by\n"
    "# the next run of the study. Safe to delete (--no-cache ignores it).\n";

// The records of the shards a study was split into (tobii/shards.h,
// run/shard_record.h): carried on by every run, like a user's files.
inline constexpr const char* kShardsFolder = "shards";

// Every name a run writes at OUT's top level, the cache aside: a new run
// replaces all of them, so that none of an earlier run's survives.
inline constexpr std::string_view kRunOutputNames[] = {
    kSummaryTable,    kBehaviorMetricsTable, kGroupStatsTable, kBehaviorSummaryTable, kConditionStatsTable,
    kBehaviorConditionStatsTable, kIntervalMetricsTable, kAoiMetricsTable, kAoiTransitionsTable, kAoiSummaryTable,
    kObservationsTable, kProblemsTable,     kColumnsTable,    kRunRecord,            kEventsFolder,
    kResultsFileName, kFiguresFolder,        kReportFileName};

// What `figures OUT` redraws; the rest of OUT is carried on.
inline constexpr std::string_view kRedrawnNames[] = {kGroupStatsTable,          kBehaviorSummaryTable,
                                                     kConditionStatsTable,      kBehaviorConditionStatsTable,
                                                     kAoiSummaryTable,
                                                     kFiguresFolder,            kReportFileName};

template <std::size_t N>
bool IsOneOf(const std::string& name, const std::string_view (&names)[N]) {
  for (std::string_view n : names) {
    if (name == n) return true;
  }
  return false;
}

}  // namespace tobii::results
