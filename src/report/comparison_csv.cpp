#include "report/comparison_csv.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "tobii/atomic_file.h"
#include "io/csv_writer.h"

namespace tobii::report {

namespace {

using io::AppendCsvField;
using io::FormatNumber;

// Values of any size (a p of 1e-9, a pupil of 3.2 mm) keep this many
// significant digits.
constexpr int kSignificantDigits = 6;

std::string Significant(double value) {
  return std::isfinite(value) ? fmt::format("{:.{}g}", value, kSignificantDigits) : std::string();
}

void AppendDescriptive(std::string* row, const stats::Descriptive& d, bool present) {
  for (double v : {d.mean, d.sd, d.median, d.iqr, d.ci_low, d.ci_high}) {
    row->push_back(',');
    AppendCsvField(row, present ? Significant(v) : "");
  }
}

const char* MethodName(stats::MannWhitneyMethod method) {
  switch (method) {
    case stats::MannWhitneyMethod::kExact:
      return "exact";
    case stats::MannWhitneyMethod::kAsymptotic:
      return "asymptotic";
    case stats::MannWhitneyMethod::kNone:
      return "";
  }
  return "";
}

}  // namespace

Status WriteComparisonCsv(const std::filesystem::path& path, const std::vector<analysis::ComparisonRow>& rows,
                          bool behavior_column) {
  std::string out = behavior_column ? "behavior," : "";
  out +=
      "metric,group,reference,"
      "n,mean,sd,median,iqr,ci95_low,ci95_high,"
      "reference_n,reference_mean,reference_sd,reference_median,reference_iqr,reference_ci95_low,"
      "reference_ci95_high,"
      "mann_whitney_u,mann_whitney_p,mann_whitney_method,mann_whitney_q,welch_t,welch_df,welch_p,welch_q,"
      "hedges_g,hedges_g_ci95_low,hedges_g_ci95_high\n";
  for (const analysis::ComparisonRow& r : rows) {
    std::string row;
    if (behavior_column) {
      AppendCsvField(&row, r.behavior);
      row.push_back(',');
    }
    AppendCsvField(&row, r.metric);
    row.push_back(',');
    AppendCsvField(&row, r.group);
    row.push_back(',');
    AppendCsvField(&row, r.reference);
    const stats::GroupComparison& s = r.stats;
    row.push_back(',');
    row += std::to_string(s.x.n);
    AppendDescriptive(&row, s.x, true);
    const bool pair = !r.reference.empty();
    row.push_back(',');
    if (pair) row += std::to_string(s.y.n);
    AppendDescriptive(&row, s.y, pair);
    for (const std::string& field :
         {FormatNumber(s.mann_whitney.u, 1), Significant(s.mann_whitney.p),
          std::string(MethodName(s.mann_whitney.method)), Significant(s.mann_whitney_q),
          Significant(s.welch.t), Significant(s.welch.df), Significant(s.welch.p), Significant(s.welch_q),
          Significant(s.hedges_g.g), Significant(s.hedges_g.ci_low), Significant(s.hedges_g.ci_high)}) {
      row.push_back(',');
      AppendCsvField(&row, field);
    }
    out += row;
    out.push_back('\n');
  }
  return io::WriteFileAtomically(path, out);
}

}  // namespace tobii::report
