#include "analysis/group_comparisons.h"

#include <limits>
#include <map>

#include "analysis/group_values.h"
#include "analysis/metric_catalog.h"

namespace tobii::analysis {

namespace {

// Every pair of groups, or the one group alone.
void AddRows(const std::string& behavior, const std::string& metric, const std::string& condition,
             const std::vector<GroupValues>& groups, std::vector<ComparisonRow>* rows) {
  if (groups.size() == 1) {
    rows->push_back({behavior, "", "", metric, condition, groups[0].group, "", stats::CompareGroups(groups[0].values, {})});
    return;
  }
  for (std::size_t reference = 0; reference < groups.size(); ++reference) {
    for (std::size_t group = reference + 1; group < groups.size(); ++group) {
      rows->push_back({behavior, "", "", metric, condition, groups[group].group, groups[reference].group,
                       stats::CompareGroups(groups[group].values, groups[reference].values)});
    }
  }
}

// The rows of one metric: in each condition apart, or over every recording
// when the study has none.
void AddMetricRows(const std::vector<RecordingResult>& results, const std::vector<std::string>& conditions,
                   const std::string& behavior, const std::string& metric, const RecordingMetric& value,
                   std::vector<ComparisonRow>* rows) {
  if (conditions.empty()) {
    AddRows(behavior, metric, "", ValuesByGroup(results, value), rows);
    return;
  }
  for (const std::string& condition : conditions) {
    AddRows(behavior, metric, condition, ValuesByGroup(results, value, &condition), rows);
  }
}

// One family for the q-values: the whole table.
void AddQValues(std::vector<ComparisonRow>* rows) {
  std::vector<stats::GroupComparison> family;
  for (const ComparisonRow& row : *rows) family.push_back(row.stats);
  stats::AddQValues(family);
  for (std::size_t i = 0; i < rows->size(); ++i) (*rows)[i].stats = family[i];
}

}  // namespace

std::vector<ComparisonRow> GroupStats(const std::vector<RecordingResult>& results) {
  std::vector<ComparisonRow> rows;
  if (results.empty()) return rows;
  const std::vector<std::string> conditions = Conditions(results);
  for (const RecordingMetricDef& metric : RecordingMetricCatalog()) {
    AddMetricRows(results, conditions, "", metric.name, metric.value, &rows);
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
      AddMetricRows(results, conditions, behavior, metric.name, BehaviorMetricOf(behavior, metric), &rows);
    }
  }
  AddQValues(&rows);
  return rows;
}

}  // namespace tobii::analysis
