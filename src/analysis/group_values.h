// Participants are the unit of every group statistic: a metric's value per
// participant is the mean of that participant's recordings that have one
// (several sessions of one person are not independent observations), and
// the participants fall into their groups.
//
// Thread-safety: plain functions over the study's results.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "analysis/metric_catalog.h"
#include "tobii/recording_result.h"

namespace tobii::analysis {

// A metric of one recording; NaN where the recording has none.
using RecordingMetric = std::function<double(const RecordingResult&)>;

struct GroupValues {
  std::string group;
  std::vector<std::string> participants;  // sorted
  std::vector<double> values;             // one per participant, in that order
};

// The recordings the group statistics count: those without a group are
// left out when any recording has one; when none has, all count (as one
// group named ""). Every group table and figure uses this rule.
std::vector<const RecordingResult*> GroupedRecordings(const std::vector<RecordingResult>& results);

// `recordings` by group, then participant (names in std::string order, as
// the tables' maps keep them), each participant's in the order given: a
// fold over them finishes one participant before the next begins.
void SortByGroupAndParticipant(std::vector<const RecordingResult*>* recordings);

// The groups (sorted by name) with their participants' values. Recordings
// without a group are left out when any recording has one; when none has,
// all form one group named "". A participant whose recordings all lack
// the metric is left out of that metric; a group is listed even when none
// of its participants has it (n = 0), so every table has every group.
//
// With `condition`, only the recordings made in it count (a participant's
// value is then the mean of its recordings in that condition).
std::vector<GroupValues> ValuesByGroup(const std::vector<RecordingResult>& results, const RecordingMetric& metric,
                                       const std::string* condition = nullptr);

// Every behaviour annotated in the study, in name order, and whether it is
// a point behaviour.
std::map<std::string, bool> AnnotatedBehaviors(const std::vector<RecordingResult>& results);

// `metric` of `behavior` as a metric of the recording: NaN for a recording
// without that behaviour.
RecordingMetric BehaviorMetricOf(const std::string& behavior, const BehaviorMetricDef& metric);

// The conditions of the recordings the group statistics count, sorted; none
// when the study gives no recording a condition.
std::vector<std::string> Conditions(const std::vector<RecordingResult>& results);

}  // namespace tobii::analysis
