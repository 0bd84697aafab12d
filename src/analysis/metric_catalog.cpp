#include "analysis/metric_catalog.h"

#include <algorithm>

#include "metrics/result_fields.h"

namespace tobii::analysis {

const std::vector<RecordingMetricDef>& RecordingMetricCatalog() {
  static const std::vector<RecordingMetricDef> catalog = [] {
    std::vector<const metrics::RecordingField*> compared;
    for (const metrics::RecordingField& field : metrics::RecordingFields()) {
      if (field.appears & metrics::kCompared) compared.push_back(&field);
    }
    std::stable_sort(compared.begin(), compared.end(), [](const auto* a, const auto* b) { return a->topic < b->topic; });
    std::vector<RecordingMetricDef> defs;
    for (const metrics::RecordingField* field : compared) {
      defs.push_back({field->name, [field](const RecordingResult& r) { return metrics::NumberOf(*field, r); }});
    }
    return defs;
  }();
  return catalog;
}

const std::vector<BehaviorMetricDef>& BehaviorMetricCatalog() {
  static const std::vector<BehaviorMetricDef> catalog = [] {
    std::vector<BehaviorMetricDef> defs;
    for (const metrics::BehaviorField& field : metrics::BehaviorFields()) {
      if (!(field.appears & metrics::kCompared)) continue;
      defs.push_back({field.name, (field.kinds & metrics::kStates) != 0, (field.kinds & metrics::kPoints) != 0,
                      [&field](const BehaviorResult& b) { return metrics::NumberOf(field, b); }});
    }
    return defs;
  }();
  return catalog;
}

}  // namespace tobii::analysis
