// The metrics the study's group tables compare: the fields of
// metrics/result_fields.h marked kCompared, by name (the columns of
// summary.csv and behavior_metrics.csv, or the rates derived from them) and
// how to read them from a result.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "tobii/recording_result.h"

namespace tobii::analysis {

struct RecordingMetricDef {
  std::string name;
  std::function<double(const RecordingResult&)> value;  // NaN: none
};

struct BehaviorMetricDef {
  std::string name;
  bool for_states = false;  // applies to state behaviours
  bool for_points = false;  // applies to point behaviours
  std::function<double(const BehaviorResult&)> value;  // NaN: none
};

// group_stats.csv's metrics, by topic: data quality, fixations, saccades,
// blinks, pupil.
const std::vector<RecordingMetricDef>& RecordingMetricCatalog();

// behavior_summary.csv's metrics, per behaviour, in behavior_metrics.csv's
// order.
const std::vector<BehaviorMetricDef>& BehaviorMetricCatalog();

}  // namespace tobii::analysis
