#include "report/observations_csv.h"

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
    {"metric", "", "The metric: a column of summary.csv (behavior empty) or behavior_metrics.csv, whose "
                   "definition columns.csv gives.", "result fields"},
    {"unit", "", "The metric's unit; empty for a count or a share without one.", "result fields"},
    {"value", "metric's unit", "The metric's value for the recording (and behaviour); empty where it has none.",
     "result fields"},
};

}  // namespace

std::span<const ColumnDoc> ObservationsLeadingColumns() { return kLeading; }
std::span<const ColumnDoc> ObservationsTrailingColumns() { return kTrailing; }

Status WriteObservationsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  const std::vector<std::string> covariates = CovariateNames(results);
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
    for (const metrics::RecordingField& field : metrics::RecordingFields()) {
      if (!(field.appears & metrics::kCompared)) continue;
      out += lead;
      io::AppendCsvRow(&out, {"", field.name, field.unit,
                              io::FormatNumber(metrics::NumberOf(field, r), field.decimals)});
    }
    for (const BehaviorResult& b : r.behaviors) {
      for (const metrics::BehaviorField& field : metrics::BehaviorFields()) {
        if (!(field.appears & metrics::kCompared) || !metrics::AppliesTo(field, b)) continue;
        out += lead;
        io::AppendCsvRow(&out, {b.behavior, field.name, field.unit,
                                io::FormatNumber(metrics::NumberOf(field, b), field.decimals)});
      }
    }
  }
  return io::WriteFileAtomically(path, out);
}

}  // namespace tobii::report
