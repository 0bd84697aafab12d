#include "report/observations_csv.h"

#include <string_view>
#include <type_traits>

#include "analysis/aoi_comparisons.h"
#include "io/csv_writer.h"
#include "metrics/result_fields.h"
#include "report/covariates.h"
#include "tobii/atomic_file.h"

namespace tobii::report {

namespace {

constexpr const char* kDiscovery = "study discovery";

const ColumnDoc kLeading[] = {
    {"participant_id", "", "The participant's id, as summary.csv gives it.", kDiscovery},
    {"recording", "", "The recording's name, as summary.csv gives it.", kDiscovery},
    {"group", "", "The participant's group; empty when unknown.", "participants table"},
    {"condition", "", "The condition the recording was made in; empty when the study has none.",
     "the design table or names-from-path's {condition}"},
    {"session", "", "The recording's session or visit; empty when the study has none.",
     "the design table or names-from-path's {session}"},
};

const ColumnDoc kTrailing[] = {
    {"behavior", "", "The annotated behaviour the value is measured during; empty for a metric of the whole "
                     "recording.", "BORIS annotations"},
    {"interval", "", "The interval an AOI metric is measured in (interval_metrics.csv's `interval`); empty for "
                     "the other metrics.", "the intervals: stimulus presentations, --interval event pairs, the "
                                           "whole recording"},
    {"occurrence", "", "Which occurrence of the interval in the recording (1, 2, ...: a stimulus shown twice has "
                       "two rows of each metric); empty for the metrics that are not an interval's.",
     "the intervals"},
    {"aoi", "", "The AOI the metric is measured on; empty for a metric of the whole interval and for the other "
                "metrics.", "the study's AOIs or the export's AOI hit columns"},
    {"metric", "", "The metric: a column of summary.csv (behavior and interval empty), behavior_metrics.csv, "
                   "interval_metrics.csv (aoi empty) or aoi_metrics.csv, whose definition columns.csv gives.",
     "result fields"},
    {"unit", "", "The metric's unit; empty for a count or a share without one.", "result fields"},
    {"value", "metric's unit", "The metric's value for the recording (and behaviour, or interval occurrence and "
                               "AOI); empty where it has none.",
     "result fields"},
};

// What a row's value is of, besides the recording.
struct Labels {
  std::string_view behavior = {}, interval = {}, occurrence = {}, aoi = {};
};

// A row per compared field of `result` (that applies to it), each after
// `lead` (the recording's columns and covariates).
template <typename Result>
void AppendMetricRows(const std::string& lead, const Labels& labels,
                      std::span<const metrics::ResultField<Result>> fields, const Result& result, std::string* out) {
  for (const metrics::ResultField<Result>& field : fields) {
    if (!(field.appears & metrics::kCompared)) continue;
    if constexpr (std::is_same_v<Result, BehaviorResult>) {
      if (!metrics::AppliesTo(field, result)) continue;
    }
    *out += lead;
    io::AppendCsvRow(out, {labels.behavior, labels.interval, labels.occurrence, labels.aoi, field.name, field.unit,
                           io::FormatNumber(metrics::NumberOf(field, result), field.decimals)});
  }
}

}  // namespace

std::span<const ColumnDoc> ObservationsLeadingColumns() { return kLeading; }
std::span<const ColumnDoc> ObservationsTrailingColumns() { return kTrailing; }

Status WriteObservationsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  const std::vector<std::string> covariates = CovariateNames(results);
  const bool aois = analysis::HasAoiResults(results);  // else the whole recording's interval, with nothing in it
  std::vector<std::string> columns;
  for (const ColumnDoc& c : kLeading) columns.push_back(c.name);
  for (const ColumnDoc& c : kTrailing) columns.push_back(c.name);
  std::string out;
  for (const ColumnDoc& c : kLeading) {
    io::AppendCsvField(&out, c.name);
    out.push_back(',');
  }
  for (const std::string& name : covariates) {
    io::AppendCsvField(&out, CovariateColumn(name, columns));
    out.push_back(',');
  }
  out += HeaderRow(kTrailing);
  for (const RecordingResult& r : results) {
    std::string lead;
    for (const std::string* field : {&r.participant_id, &r.recording, &r.group, &r.condition, &r.session}) {
      io::AppendCsvField(&lead, *field);
      lead.push_back(',');
    }
    for (const std::string& name : covariates) {
      io::AppendCsvField(&lead, CovariateValue(r, name));
      lead.push_back(',');
    }
    AppendMetricRows(lead, {}, metrics::RecordingFields(), r, &out);
    for (const BehaviorResult& b : r.behaviors) {
      AppendMetricRows(lead, {.behavior = b.behavior}, metrics::BehaviorFields(), b, &out);
    }
    if (!aois) continue;
    for (const IntervalResult& interval : r.intervals) {
      const std::string occurrence = std::to_string(interval.occurrence);
      AppendMetricRows(lead, {.interval = interval.interval, .occurrence = occurrence}, metrics::IntervalFields(),
                       interval, &out);
      for (const AoiResult& aoi : interval.aois) {
        AppendMetricRows(lead, {.interval = interval.interval, .occurrence = occurrence, .aoi = aoi.aoi},
                         metrics::AoiFields(), aoi, &out);
      }
    }
  }
  return io::WriteFileAtomically(path, out);
}

}  // namespace tobii::report
