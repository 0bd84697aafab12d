#include "analysis/group_comparisons.h"

#include <utility>

#include "analysis/metric_catalog.h"

namespace tobii::analysis {

namespace {

// Every pair of groups, or the one group alone.
void AddRows(const ComparisonRow& label, const std::string& condition, const std::vector<GroupValues>& groups,
             std::vector<ComparisonRow>* rows) {
  const auto add = [&](const GroupValues& group, const GroupValues* reference) {
    ComparisonRow row = label;
    row.condition = condition;
    row.group = group.group;
    row.reference = reference != nullptr ? reference->group : "";
    row.stats = stats::CompareGroups(group.values, reference != nullptr ? reference->values : std::vector<double>{});
    rows->push_back(std::move(row));
  };
  if (groups.size() == 1) {
    add(groups[0], nullptr);
    return;
  }
  for (std::size_t reference = 0; reference < groups.size(); ++reference) {
    for (std::size_t group = reference + 1; group < groups.size(); ++group) add(groups[group], &groups[reference]);
  }
}

// A label naming a metric (of a behaviour).
ComparisonRow Label(const std::string& behavior, const std::string& metric) {
  ComparisonRow label;
  label.behavior = behavior;
  label.metric = metric;
  return label;
}

}  // namespace

void AddComparisonRows(const std::vector<RecordingResult>& results, const std::vector<std::string>& conditions,
                       const ComparisonRow& label, const RecordingMetric& value, std::vector<ComparisonRow>* rows) {
  if (conditions.empty()) {
    AddRows(label, "", ValuesByGroup(results, value), rows);
    return;
  }
  for (const std::string& condition : conditions) {
    AddRows(label, condition, ValuesByGroup(results, value, &condition), rows);
  }
}

void AddQValues(std::vector<ComparisonRow>* rows) {
  std::vector<stats::GroupComparison> family;
  for (const ComparisonRow& row : *rows) family.push_back(row.stats);
  stats::AddQValues(family);
  for (std::size_t i = 0; i < rows->size(); ++i) (*rows)[i].stats = family[i];
}

std::vector<ComparisonRow> GroupStats(const std::vector<RecordingResult>& results) {
  std::vector<ComparisonRow> rows;
  if (results.empty()) return rows;
  const std::vector<std::string> conditions = Conditions(results);
  for (const RecordingMetricDef& metric : RecordingMetricCatalog()) {
    AddComparisonRows(results, conditions, Label("", metric.name), metric.value, &rows);
  }
  AddQValues(&rows);
  return rows;
}

std::vector<ComparisonRow> BehaviorSummary(const std::vector<RecordingResult>& results) {
  std::vector<ComparisonRow> rows;
  const std::vector<std::string> conditions = Conditions(results);
  for (const auto& [behavior, point] : AnnotatedBehaviors(results)) {
    for (const BehaviorMetricDef& metric : BehaviorMetricCatalog()) {
      if (point ? !metric.for_points : !metric.for_states) continue;
      AddComparisonRows(results, conditions, Label(behavior, metric.name), BehaviorMetricOf(behavior, metric), &rows);
    }
  }
  AddQValues(&rows);
  return rows;
}

}  // namespace tobii::analysis
