// The study's within-participant table, from the per-recording results
// alone:
//
//   condition_stats.csv           one row per metric, group and pair of conditions
//   behavior_condition_stats.csv  the same per annotated behaviour
//
// For a study whose recordings have conditions (analysis/group_values.h:
// Conditions), each participant's value in a condition is the mean of its
// recordings in it; the participants of a group with a value in both
// conditions are the pairs. Each row holds both conditions' descriptives,
// those of the differences (condition - reference), the Wilcoxon
// signed-rank and paired t-tests, Hedges' g_z with its 95 % CI
// (stats/paired_comparison.h), and the Benjamini-Hochberg q of each test
// across the rows of the table. `condition` is the later of the two in
// name order, `reference` the earlier. A study without conditions, or with
// one, has no rows.
#pragma once

#include <string>
#include <vector>

#include "stats/paired_comparison.h"
#include "tobii/recording_result.h"

namespace tobii::analysis {

struct PairedRow {
  std::string behavior;   // empty: a recording metric
  std::string metric;
  std::string group;      // the group whose participants are paired ("" in a study without groups)
  std::string condition;
  std::string reference;  // the reference condition
  stats::PairedComparison stats;  // x = condition, y = reference
};

// Recording metrics (analysis/metric_catalog.h), by metric, group and pair.
std::vector<PairedRow> ConditionStats(const std::vector<RecordingResult>& results);

// behavior_condition_stats.csv: the same per annotated behaviour (in name
// order) and each metric that applies to its kind, one family of its own.
std::vector<PairedRow> BehaviorConditionStats(const std::vector<RecordingResult>& results);

}  // namespace tobii::analysis
