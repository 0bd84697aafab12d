#include "report/column_dictionary.h"

#include <span>
#include <string_view>

#include "io/csv_writer.h"
#include "metrics/result_fields.h"
#include "report/aoi_tables.h"
#include "report/comparison_csv.h"
#include "report/condition_csv.h"
#include "report/covariates.h"
#include "report/observations_csv.h"
#include "report/events_csv.h"
#include "report/outputs.h"
#include "tobii/atomic_file.h"
#include "tobii/output_names.h"

namespace tobii::report {

namespace {

// Where a result field's value comes from, by what it is about.
std::string_view SourceOf(metrics::Topic topic) {
  switch (topic) {
    case metrics::Topic::kIdentity:
      return "study discovery (the file, its names, the participants table)";
    case metrics::Topic::kQuality:
      return "gaze samples, after preprocessing";
    case metrics::Topic::kFixations:
    case metrics::Topic::kSaccades:
      return "event detector (--detector)";
    case metrics::Topic::kBlinks:
      return "losses of both eyes (--blink-min-ms, --blink-max-ms)";
    case metrics::Topic::kPupil:
      return "pupil diameter of the samples";
    case metrics::Topic::kGaze:
      return "gaze samples, after preprocessing";
    case metrics::Topic::kAnnotation:
      return "BORIS annotations, aligned to the recording";
    case metrics::Topic::kInterval:
      return "the intervals: stimulus presentations, --interval event pairs, the whole recording";
    case metrics::Topic::kAoi:
      return "fixations and gaze samples on the AOIs (the study's AOIs or the export's AOI hit columns)";
    case metrics::Topic::kAccounting:
      return "the reader";
  }
  return "";
}

template <typename Field>
DictionaryRow RowOf(std::string_view table, const Field& field) {
  return {std::string(table), field.name, field.unit, field.definition, std::string(SourceOf(field.topic))};
}

// The recording's identity, as the per-recording tables open with it.
void AddRecordingIdentity(std::string_view table, std::vector<DictionaryRow>* rows) {
  for (std::string_view identity : kBehaviorRowIdentity) {
    for (const metrics::RecordingField& field : metrics::RecordingFields()) {
      if (field.name == identity) rows->push_back(RowOf(table, field));
    }
  }
}

// The interval's identity (kIntervalRowIdentity), as the AOI tables have it.
void AddIntervalIdentity(std::string_view table, std::vector<DictionaryRow>* rows) {
  for (std::string_view name : kIntervalRowIdentity) {
    for (const metrics::IntervalField& field : metrics::IntervalFields()) {
      if (field.name == name) rows->push_back(RowOf(table, field));
    }
  }
}

void AddColumns(std::string_view table, std::span<const ColumnDoc> columns, std::vector<DictionaryRow>* rows) {
  for (const ColumnDoc& c : columns) rows->push_back({std::string(table), c.name, c.unit, c.definition, c.source});
}

// The covariates' columns of a table whose own columns are `ours`.
void AddCovariates(std::string_view table, const std::vector<std::string>& ours,
                   const std::vector<std::string>& covariates, std::vector<DictionaryRow>* rows) {
  for (const std::string& name : covariates) {
    rows->push_back({std::string(table), CovariateColumn(name, ours), "",
                     "The participant's \"" + name + "\", as the participants table gives it.",
                     "participants table"});
  }
}

const ColumnDoc kDictionaryColumns[] = {
    {"table", "", "The table's file name in the output folder (events/*.csv: every events file).", "the run"},
    {"column", "", "The column's name, as the table's header writes it.", "the run"},
    {"unit", "", "Its unit; empty for names, counts and flags.", "the run"},
    {"definition", "", "What it holds.", "the run"},
    {"source", "", "Where its values come from.", "the run"},
};

}  // namespace

std::vector<DictionaryRow> ColumnDictionary(const std::vector<std::string>& covariates) {
  std::vector<DictionaryRow> rows;
  for (const metrics::RecordingField& field : metrics::RecordingFields()) {
    if (field.appears & metrics::kInTable) rows.push_back(RowOf(results::kSummaryTable, field));
  }
  AddCovariates(results::kSummaryTable, SummaryColumns({}), covariates, &rows);
  AddRecordingIdentity(results::kBehaviorMetricsTable, &rows);
  for (const metrics::BehaviorField& field : metrics::BehaviorFields()) {
    if (field.appears & metrics::kInTable) rows.push_back(RowOf(results::kBehaviorMetricsTable, field));
  }
  AddCovariates(results::kBehaviorMetricsTable, BehaviorMetricsColumns({}), covariates, &rows);
  AddColumns(results::kGroupStatsTable, ComparisonColumns(ComparisonTable::kGroupStats), &rows);
  AddColumns(results::kBehaviorSummaryTable, ComparisonColumns(ComparisonTable::kBehaviorSummary), &rows);
  AddColumns(results::kConditionStatsTable, ConditionColumns().subspan(1), &rows);
  AddColumns(results::kBehaviorConditionStatsTable, ConditionColumns(), &rows);
  AddRecordingIdentity(results::kIntervalMetricsTable, &rows);
  AddIntervalIdentity(results::kIntervalMetricsTable, &rows);
  for (const metrics::IntervalField& field : metrics::IntervalFields()) {
    if ((field.appears & metrics::kInTable) && !IsIntervalIdentity(field.name)) {
      rows.push_back(RowOf(results::kIntervalMetricsTable, field));
    }
  }
  AddRecordingIdentity(results::kAoiMetricsTable, &rows);
  AddIntervalIdentity(results::kAoiMetricsTable, &rows);
  for (const metrics::AoiField& field : metrics::AoiFields()) {
    if (field.appears & metrics::kInTable) rows.push_back(RowOf(results::kAoiMetricsTable, field));
  }
  AddRecordingIdentity(results::kAoiTransitionsTable, &rows);
  AddIntervalIdentity(results::kAoiTransitionsTable, &rows);
  AddColumns(results::kAoiTransitionsTable, TransitionColumns(), &rows);
  AddColumns(results::kAoiSummaryTable, ComparisonColumns(ComparisonTable::kAoiSummary), &rows);
  AddColumns(results::kObservationsTable, ObservationsLeadingColumns(), &rows);
  std::vector<std::string> observations;
  for (const ColumnDoc& c : ObservationsLeadingColumns()) observations.push_back(c.name);
  for (const ColumnDoc& c : ObservationsTrailingColumns()) observations.push_back(c.name);
  AddCovariates(results::kObservationsTable, observations, covariates, &rows);
  AddColumns(results::kObservationsTable, ObservationsTrailingColumns(), &rows);
  AddColumns(results::kProblemsTable, ProblemsColumns(), &rows);
  AddColumns(std::string(results::kEventsFolder) + "/*.csv", EventsColumns(), &rows);
  AddColumns(results::kColumnsTable, kDictionaryColumns, &rows);
  return rows;
}

Status WriteColumnsCsv(const std::filesystem::path& path, const std::vector<std::string>& covariates) {
  std::string out = HeaderRow(kDictionaryColumns);
  for (const DictionaryRow& row : ColumnDictionary(covariates)) {
    io::AppendCsvRow(&out, {row.table, row.column, row.unit, row.definition, row.source});
  }
  return io::WriteFileAtomically(path, out);
}

}  // namespace tobii::report
