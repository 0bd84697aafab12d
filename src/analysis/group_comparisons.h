// The study's group tables, from the per-recording results alone:
//
//   group_stats.csv       one row per metric and pair of groups
//   behavior_summary.csv  one row per behaviour, metric and pair of groups
//
// Each row holds both groups' descriptives (participants as the unit:
// analysis/group_values.h) and the tests between them: Mann-Whitney U,
// Welch's t, Hedges' g (group - reference) with its 95 % CI, and the
// Benjamini-Hochberg q of each test across the rows of its table. Every
// pair of groups gets a row, labelled: `group` is the later of the two in
// name order and `reference` the earlier (Patient against Control). A
// study of one group gets descriptive rows with an empty reference. A study
// whose recordings have conditions (analysis/group_values.h: Conditions)
// compares the groups in each condition apart, each participant's value
// the mean of its recordings in that condition; the within-participant
// comparisons are analysis/condition_comparisons.h.
#pragma once

#include <string>
#include <vector>

#include "analysis/group_values.h"
#include "stats/group_comparison.h"
#include "tobii/recording_result.h"

namespace tobii::analysis {

struct ComparisonRow {
  std::string behavior;   // empty in group_stats
  std::string metric;
  std::string condition;  // empty: the study has no conditions
  std::string group;
  std::string reference;  // empty: a one-group study
  stats::GroupComparison stats;  // x = group, y = reference
  // aoi_summary.csv (analysis/aoi_comparisons.h): the interval's name and
  // the AOI; empty elsewhere.
  std::string interval;
  std::string aoi;
};

std::vector<ComparisonRow> GroupStats(const std::vector<RecordingResult>& results);

// Behaviours in name order; a behaviour's metrics are those that apply to
// its kind (state or point: analysis/metric_catalog.h).
std::vector<ComparisonRow> BehaviorSummary(const std::vector<RecordingResult>& results);

// The machinery every group table shares (aoi_summary.csv uses it too).
// Appends the rows of one metric, labelled as `label` (its behavior,
// interval, aoi and metric): every pair of groups (or the one group), in
// each of `conditions` apart (Conditions(results)), or over every
// recording when there are none.
void AddComparisonRows(const std::vector<RecordingResult>& results, const std::vector<std::string>& conditions,
                       const ComparisonRow& label, const RecordingMetric& value, std::vector<ComparisonRow>* rows);

// The Benjamini-Hochberg q of every test, with the whole table as one family.
void AddQValues(std::vector<ComparisonRow>* rows);

}  // namespace tobii::analysis
