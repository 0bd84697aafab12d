#include "analysis/group_values.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace tobii::analysis {

std::vector<const RecordingResult*> GroupedRecordings(const std::vector<RecordingResult>& results) {
  const bool any_group =
      std::any_of(results.begin(), results.end(), [](const RecordingResult& r) { return !r.group.empty(); });
  std::vector<const RecordingResult*> grouped;
  for (const RecordingResult& r : results) {
    if (!any_group || !r.group.empty()) grouped.push_back(&r);
  }
  return grouped;
}

void SortByGroupAndParticipant(std::vector<const RecordingResult*>* recordings) {
  std::stable_sort(recordings->begin(), recordings->end(),
                   [](const RecordingResult* a, const RecordingResult* b) {
                     return std::tie(a->group, a->participant_id) < std::tie(b->group, b->participant_id);
                   });
}

std::map<std::string, bool> AnnotatedBehaviors(const std::vector<RecordingResult>& results) {
  std::map<std::string, bool> is_point;
  for (const RecordingResult& r : results) {
    for (const BehaviorResult& b : r.behaviors) is_point[b.behavior] = b.point;
  }
  return is_point;
}

RecordingMetric BehaviorMetricOf(const std::string& behavior, const BehaviorMetricDef& metric) {
  return [behavior, value = metric.value](const RecordingResult& r) {
    for (const BehaviorResult& b : r.behaviors) {
      if (b.behavior == behavior) return value(b);
    }
    return std::numeric_limits<double>::quiet_NaN();
  };
}

std::vector<std::string> Conditions(const std::vector<RecordingResult>& results) {
  std::set<std::string> conditions;
  for (const RecordingResult* r : GroupedRecordings(results)) {
    if (!r->condition.empty()) conditions.insert(r->condition);
  }
  return {conditions.begin(), conditions.end()};
}

std::vector<GroupValues> ValuesByGroup(const std::vector<RecordingResult>& results, const RecordingMetric& metric,
                                       const std::string* condition) {
  struct Sum {
    double total = 0;
    int count = 0;
  };
  // group -> participant -> the sum of its recordings' values (sorted maps:
  // the same results always give the same order).
  std::map<std::string, std::map<std::string, Sum>> sums;
  for (const RecordingResult* recording : GroupedRecordings(results)) {
    const RecordingResult& r = *recording;
    std::map<std::string, Sum>& group = sums[r.group];  // every group, with values or not
    if (condition != nullptr && r.condition != *condition) continue;
    const double value = metric(r);
    if (!std::isfinite(value)) continue;
    Sum& sum = group[r.participant_id];
    sum.total += value;
    ++sum.count;
  }
  std::vector<GroupValues> groups;
  for (const auto& [group, participants] : sums) {
    GroupValues g;
    g.group = group;
    for (const auto& [participant, sum] : participants) {
      g.participants.push_back(participant);
      g.values.push_back(sum.total / sum.count);
    }
    groups.push_back(std::move(g));
  }
  return groups;
}

}  // namespace tobii::analysis
