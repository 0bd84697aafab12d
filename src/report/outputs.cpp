#include "report/outputs.h"

#include <cstdlib>
#include <string_view>
#include <type_traits>
#include <variant>

#include "tobii/atomic_file.h"
#include "io/csv_writer.h"
#include "metrics/result_fields.h"
#include "report/covariates.h"

namespace tobii::report {

using io::FormatNumber;

template <typename Result>
std::string FieldCell(const metrics::ResultField<Result>& field, const Result& result) {
  return std::visit(
      [&](auto accessor) -> std::string {
        using Accessor = decltype(accessor);
        if constexpr (std::is_same_v<Accessor, std::string Result::*>) {
          return result.*accessor;
        } else if constexpr (std::is_same_v<Accessor, std::string (*)(const Result&)>) {
          return accessor(result);
        } else if constexpr (std::is_same_v<Accessor, double Result::*>) {
          return FormatNumber(result.*accessor, field.decimals);
        } else if constexpr (std::is_same_v<Accessor, double (*)(const Result&)>) {
          return FormatNumber(accessor(result), field.decimals);
        } else if constexpr (std::is_same_v<Accessor, bool Result::*>) {
          return result.*accessor ? "true" : "false";
        } else {
          return std::to_string(result.*accessor);
        }
      },
      field.value);
}

template std::string FieldCell(const metrics::RecordingField&, const RecordingResult&);
template std::string FieldCell(const metrics::BehaviorField&, const BehaviorResult&);
template std::string FieldCell(const metrics::IntervalField&, const IntervalResult&);
template std::string FieldCell(const metrics::AoiField&, const AoiResult&);

namespace {

// Appends a field to a row begun with at least one field.
void AppendCell(std::string* row, std::string_view cell) {
  row->push_back(',');
  io::AppendCsvField(row, cell);
}

constexpr const char* kProblemsSource = "the run";

const ColumnDoc kProblemsColumns[] = {
    {"file", "", "The file or folder, relative to the study folder.", kProblemsSource},
    {"severity", "", "\"error\": the file (or a recording's annotations) was not used; \"warning\": used, with "
                     "a doubt.", kProblemsSource},
    {"stage", "", "The step of the run that found it: discover, participants, boris, sync, read or figures.",
     kProblemsSource},
    {"message", "", "What was found, as file:line:column: expected ..., found \"...\" where it applies.",
     kProblemsSource},
};

std::vector<std::string> WithCovariates(std::vector<std::string> columns, const std::vector<std::string>& covariates) {
  const std::vector<std::string> ours = columns;
  for (const std::string& name : covariates) columns.push_back(CovariateColumn(name, ours));
  return columns;
}

const metrics::RecordingField& RecordingFieldNamed(std::string_view name) {
  for (const metrics::RecordingField& field : metrics::RecordingFields()) {
    if (field.name == name) return field;
  }
  std::abort();  // kBehaviorRowIdentity names recording fields only (a test holds it)
}

}  // namespace

void AppendRecordingIdentity(const RecordingResult& result, std::string* row) {
  bool first = true;
  for (std::string_view name : kBehaviorRowIdentity) {
    if (!first) row->push_back(',');
    first = false;
    io::AppendCsvField(row, FieldCell(RecordingFieldNamed(name), result));
  }
}

std::span<const ColumnDoc> ProblemsColumns() { return kProblemsColumns; }

std::vector<std::string> SummaryColumns(const std::vector<std::string>& covariates) {
  std::vector<std::string> columns;
  for (const metrics::RecordingField& field : metrics::RecordingFields()) {
    if (field.appears & metrics::kInTable) columns.push_back(field.name);
  }
  return WithCovariates(std::move(columns), covariates);
}

std::vector<std::string> BehaviorMetricsColumns(const std::vector<std::string>& covariates) {
  std::vector<std::string> columns(std::begin(kBehaviorRowIdentity), std::end(kBehaviorRowIdentity));
  for (const metrics::BehaviorField& field : metrics::BehaviorFields()) {
    if (field.appears & metrics::kInTable) columns.push_back(field.name);
  }
  return WithCovariates(std::move(columns), covariates);
}

Status WriteSummaryCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  const std::vector<std::string> covariates = CovariateNames(results);
  std::string out = HeaderRow(SummaryColumns(covariates));
  for (const RecordingResult& r : results) {
    bool first = true;
    for (const metrics::RecordingField& field : metrics::RecordingFields()) {
      if (!(field.appears & metrics::kInTable)) continue;
      if (!first) out.push_back(',');
      first = false;
      io::AppendCsvField(&out, FieldCell(field, r));
    }
    for (const std::string& name : covariates) AppendCell(&out, CovariateValue(r, name));
    out.push_back('\n');
  }
  return io::WriteFileAtomically(path, out);
}

Status WriteBehaviorMetricsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  const std::vector<std::string> covariates = CovariateNames(results);
  std::string out = HeaderRow(BehaviorMetricsColumns(covariates));
  for (const RecordingResult& r : results) {
    for (const BehaviorResult& b : r.behaviors) {
      AppendRecordingIdentity(r, &out);  // each row opens with the recording's identity
      for (const metrics::BehaviorField& field : metrics::BehaviorFields()) {
        if (field.appears & metrics::kInTable) {
          AppendCell(&out, metrics::AppliesTo(field, b) ? FieldCell(field, b) : "");
        }
      }
      for (const std::string& name : covariates) AppendCell(&out, CovariateValue(r, name));
      out.push_back('\n');
    }
  }
  return io::WriteFileAtomically(path, out);
}

Status WriteProblemsCsv(const std::filesystem::path& path, const std::vector<Problem>& problems) {
  std::string out = HeaderRow(kProblemsColumns);
  for (const Problem& p : problems)
    io::AppendCsvRow(&out, {p.file, SeverityName(p.severity), StageName(p.stage), p.message});
  return io::WriteFileAtomically(path, out);
}

Status WriteJson(const std::filesystem::path& path, const nlohmann::json& document) {
  return io::WriteFileAtomically(path, document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace tobii::report
