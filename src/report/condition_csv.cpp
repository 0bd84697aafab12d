#include "report/condition_csv.h"

#include "io/csv_writer.h"
#include "report/statistic_cells.h"
#include "tobii/atomic_file.h"

namespace tobii::report {

namespace {

constexpr const char* kWilcoxon = "scipy.stats.wilcoxon, reproduced";
constexpr const char* kPairedT = "scipy.stats.ttest_rel, reproduced";

const char* MethodName(stats::WilcoxonMethod method) {
  switch (method) {
    case stats::WilcoxonMethod::kExact:
      return "exact";
    case stats::WilcoxonMethod::kAsymptotic:
      return "asymptotic";
    case stats::WilcoxonMethod::kNone:
      return "";
  }
  return "";
}

std::vector<ColumnDoc> MakeConditionColumns() {
  std::vector<ColumnDoc> columns = {
      {"behavior", "", "The annotated behaviour the metric is measured during (behavior_condition_stats.csv only).",
       "BORIS annotations"},
      {"metric", "", "The metric compared: a column of summary.csv or behavior_metrics.csv, whose unit every mean, "
                     "SD, median, IQR and CI of the row is in.", "result fields"},
      {"group", "", "The group whose participants are compared with themselves; empty in a study without groups.",
       "participants table"},
      {"condition", "", "The condition the row describes: the later of the two in name order.",
       "the design table or names-from-path's {condition}"},
      {"reference", "", "The condition it is compared with: the earlier in name order.",
       "the design table or names-from-path's {condition}"},
  };
  const std::pair<const char*, const char*> parts[] = {
      {"", "`condition` (the participants with a value in both conditions)"},
      {"reference_", "`reference` (the same participants)"},
      {"difference_", "the differences, `condition` minus `reference`, one per participant"}};
  for (const auto& [prefix, whose] : parts) {
    for (ColumnDoc& c : DescriptiveColumns(prefix, whose)) columns.push_back(std::move(c));
  }
  const std::vector<ColumnDoc> tests = {
      {"wilcoxon_w", "", "Wilcoxon signed-rank statistic: the smaller of the sums of the ranks of the positive and "
                         "of the negative differences, zero differences dropped (SciPy's statistic).", kWilcoxon},
      {"wilcoxon_p", "", "Two-sided p of the Wilcoxon signed-rank test.", kWilcoxon},
      {"wilcoxon_method", "", "\"exact\" or \"asymptotic\" (normal approximation), as SciPy's method='auto' "
                              "chooses.", kWilcoxon},
      {"wilcoxon_q", "", "Benjamini-Hochberg q of wilcoxon_p over the rows of the table.",
       "Benjamini & Hochberg 1995"},
      {"paired_t", "", "Paired t of `condition` minus `reference`.", kPairedT},
      {"paired_t_df", "", "Degrees of freedom: pairs minus one.", kPairedT},
      {"paired_t_p", "", "Two-sided p of the paired t-test.", kPairedT},
      {"paired_t_q", "", "Benjamini-Hochberg q of paired_t_p over the rows of the table.",
       "Benjamini & Hochberg 1995"},
      {"hedges_gz", "", "Hedges' g_z: the mean difference over the SD of the differences, with the small-sample "
                        "correction.", "Lakens 2013"},
      {"hedges_gz_ci95_low", "", "Lower end of g_z's approximate 95 % confidence interval (large-sample standard "
                                 "error).", "Morris & DeShon 2002"},
      {"hedges_gz_ci95_high", "", "Upper end of the same interval.", "Morris & DeShon 2002"},
  };
  columns.insert(columns.end(), tests.begin(), tests.end());
  return columns;
}

}  // namespace

std::span<const ColumnDoc> ConditionColumns() {
  static const std::vector<ColumnDoc> columns = MakeConditionColumns();
  return columns;
}

Status WriteConditionCsv(const std::filesystem::path& path, const std::vector<analysis::PairedRow>& rows,
                         bool behavior_column) {
  std::string out = HeaderRow(behavior_column ? ConditionColumns() : ConditionColumns().subspan(1));
  for (const analysis::PairedRow& r : rows) {
    std::string row;
    if (behavior_column) {
      io::AppendCsvField(&row, r.behavior);
      row.push_back(',');
    }
    io::AppendCsvField(&row, r.metric);
    for (const std::string& field : {r.group, r.condition, r.reference}) {
      row.push_back(',');
      io::AppendCsvField(&row, field);
    }
    const stats::PairedComparison& s = r.stats;
    for (const stats::Descriptive& d : {s.x, s.y, s.differences}) AppendDescriptiveCells(&row, d, true);
    for (const std::string& field :
         {Significant(s.wilcoxon.statistic), Significant(s.wilcoxon.p), std::string(MethodName(s.wilcoxon.method)),
          Significant(s.wilcoxon_q), Significant(s.paired_t.t), Significant(s.paired_t.df),
          Significant(s.paired_t.p), Significant(s.paired_t_q), Significant(s.hedges_gz.g),
          Significant(s.hedges_gz.ci_low), Significant(s.hedges_gz.ci_high)}) {
      row.push_back(',');
      io::AppendCsvField(&row, field);
    }
    out += row;
    out.push_back('\n');
  }
  return io::WriteFileAtomically(path, out);
}

}  // namespace tobii::report
