#include "analysis/condition_comparisons.h"

#include <map>

#include "analysis/group_values.h"
#include "analysis/metric_catalog.h"

namespace tobii::analysis {

namespace {

// A participant's value in one condition, by participant.
using ValueOf = std::map<std::string, double>;

// group -> participant -> value, for the recordings made in `condition`.
std::map<std::string, ValueOf> ValuesIn(const std::vector<RecordingResult>& results, const RecordingMetric& metric,
                                        const std::string& condition) {
  std::map<std::string, ValueOf> by_group;
  for (const GroupValues& g : ValuesByGroup(results, metric, &condition)) {
    ValueOf& values = by_group[g.group];
    for (std::size_t i = 0; i < g.participants.size(); ++i) values[g.participants[i]] = g.values[i];
  }
  return by_group;
}

// The rows of one metric: every group's participants paired between every
// two conditions.
void AddMetricRows(const std::vector<RecordingResult>& results, const std::vector<std::string>& conditions,
                   const std::string& behavior, const std::string& metric, const RecordingMetric& value,
                   std::vector<PairedRow>* rows) {
  std::vector<std::map<std::string, ValueOf>> in;  // per condition
  for (const std::string& condition : conditions) in.push_back(ValuesIn(results, value, condition));
  for (const GroupValues& group : ValuesByGroup(results, value)) {
    for (std::size_t reference = 0; reference < conditions.size(); ++reference) {
      for (std::size_t condition = reference + 1; condition < conditions.size(); ++condition) {
        const ValueOf& x = in[condition][group.group];
        const ValueOf& y = in[reference][group.group];
        std::vector<double> xs, ys;  // the participants with a value in both, in id order
        for (const auto& [participant, v] : x) {
          if (const auto it = y.find(participant); it != y.end()) {
            xs.push_back(v);
            ys.push_back(it->second);
          }
        }
        rows->push_back({behavior, metric, group.group, conditions[condition], conditions[reference],
                         stats::ComparePaired(xs, ys)});
      }
    }
  }
}

// One family for the q-values: the whole table.
void AddQValues(std::vector<PairedRow>* rows) {
  std::vector<stats::PairedComparison> family;
  for (const PairedRow& row : *rows) family.push_back(row.stats);
  stats::AddQValues(family);
  for (std::size_t i = 0; i < rows->size(); ++i) (*rows)[i].stats = family[i];
}

}  // namespace

std::vector<PairedRow> ConditionStats(const std::vector<RecordingResult>& results) {
  std::vector<PairedRow> rows;
  const std::vector<std::string> conditions = Conditions(results);
  if (conditions.size() < 2) return rows;
  for (const RecordingMetricDef& metric : RecordingMetricCatalog()) {
    AddMetricRows(results, conditions, "", metric.name, metric.value, &rows);
  }
  AddQValues(&rows);
  return rows;
}

std::vector<PairedRow> BehaviorConditionStats(const std::vector<RecordingResult>& results) {
  std::vector<PairedRow> rows;
  const std::vector<std::string> conditions = Conditions(results);
  if (conditions.size() < 2) return rows;
  for (const auto& [behavior, point] : AnnotatedBehaviors(results)) {
    for (const BehaviorMetricDef& metric : BehaviorMetricCatalog()) {
      if (point ? !metric.for_points : !metric.for_states) continue;
      AddMetricRows(results, conditions, behavior, metric.name, BehaviorMetricOf(behavior, metric), &rows);
    }
  }
  AddQValues(&rows);
  return rows;
}

}  // namespace tobii::analysis
