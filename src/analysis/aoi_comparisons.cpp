#include "analysis/aoi_comparisons.h"

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>

#include "metrics/result_fields.h"

namespace tobii::analysis {

namespace {

// Every interval name with the AOIs it has in any recording: the whole
// recording first, then all stimuli pooled (two or more), then the others
// in name order.
std::vector<std::pair<std::string, std::set<std::string>>> IntervalsAndAois(
    const std::vector<RecordingResult>& results) {
  std::map<std::string, std::set<std::string>> by_name;
  std::set<std::string> stimuli, stimulus_aois;
  for (const RecordingResult* r : GroupedRecordings(results)) {
    for (const IntervalResult& interval : r->intervals) {
      std::set<std::string>& aois = by_name[interval.interval];
      for (const AoiResult& aoi : interval.aois) aois.insert(aoi.aoi);
      if (interval.kind == "stimulus") {
        stimuli.insert(interval.interval);
        for (const AoiResult& aoi : interval.aois) stimulus_aois.insert(aoi.aoi);
      }
    }
  }
  std::vector<std::pair<std::string, std::set<std::string>>> ordered;
  if (const auto whole = by_name.find(kWholeRecording); whole != by_name.end()) {
    ordered.emplace_back(*whole);
    by_name.erase(whole);
  }
  if (stimuli.size() >= 2) ordered.emplace_back(kAllStimuli, std::move(stimulus_aois));
  for (auto& entry : by_name) ordered.emplace_back(std::move(entry));
  return ordered;
}

bool InInterval(const IntervalResult& occurrence, const std::string& interval) {
  return interval == kAllStimuli ? occurrence.kind == "stimulus" : occurrence.interval == interval;
}

// The mean of `value` over a recording's occurrences of the interval that
// have one; NaN when none has.
template <typename Value>
double MeanOverOccurrences(const RecordingResult& r, const std::string& interval, const Value& value) {
  double total = 0;
  int count = 0;
  for (const IntervalResult& occurrence : r.intervals) {
    if (!InInterval(occurrence, interval)) continue;
    const double v = value(occurrence);
    if (!std::isfinite(v)) continue;
    total += v;
    ++count;
  }
  return count > 0 ? total / count : std::numeric_limits<double>::quiet_NaN();
}

RecordingMetric IntervalMetricOf(const std::string& interval, const metrics::IntervalField& field) {
  return [interval, &field](const RecordingResult& r) {
    return MeanOverOccurrences(
        r, interval, [&](const IntervalResult& occurrence) { return metrics::NumberOf(field, occurrence); });
  };
}

ComparisonRow Label(const std::string& interval, const std::string& aoi, const char* metric) {
  ComparisonRow label;
  label.interval = interval;
  label.aoi = aoi;
  label.metric = metric;
  return label;
}

}  // namespace

RecordingMetric AoiMetricOf(const std::string& interval, const std::string& aoi,
                            const metrics::AoiField& field) {
  return [interval, aoi, &field](const RecordingResult& r) {
    return MeanOverOccurrences(r, interval, [&](const IntervalResult& occurrence) {
      for (const AoiResult& a : occurrence.aois) {
        if (a.aoi == aoi) return metrics::NumberOf(field, a);
      }
      return std::numeric_limits<double>::quiet_NaN();
    });
  };
}

bool HasAoiResults(const std::vector<RecordingResult>& results) {
  for (const RecordingResult& r : results) {
    for (const IntervalResult& interval : r.intervals) {
      if (!interval.aois.empty() || interval.interval != kWholeRecording) return true;
    }
  }
  return false;
}

std::vector<ComparisonRow> AoiSummary(const std::vector<RecordingResult>& results) {
  std::vector<ComparisonRow> rows;
  if (!HasAoiResults(results)) return rows;
  const std::vector<std::string> conditions = Conditions(results);
  for (const auto& [interval, aois] : IntervalsAndAois(results)) {
    for (const metrics::IntervalField& field : metrics::IntervalFields()) {
      if (!(field.appears & metrics::kCompared)) continue;
      AddComparisonRows(results, conditions, Label(interval, "", field.name),
                        IntervalMetricOf(interval, field), &rows);
    }
    for (const std::string& aoi : aois) {
      for (const metrics::AoiField& field : metrics::AoiFields()) {
        if (!(field.appears & metrics::kCompared)) continue;
        AddComparisonRows(results, conditions, Label(interval, aoi, field.name),
                          AoiMetricOf(interval, aoi, field), &rows);
      }
    }
  }
  AddQValues(&rows);
  return rows;
}

}  // namespace tobii::analysis
