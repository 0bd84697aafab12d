#include "report/comparison_csv.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "tobii/atomic_file.h"
#include "io/csv_writer.h"
#include "report/statistic_cells.h"

namespace tobii::report {

namespace {

using io::AppendCsvField;
using io::FormatNumber;

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

std::vector<ColumnDoc> MakeComparisonColumns(ComparisonTable table) {
  std::vector<ColumnDoc> columns;
  if (table == ComparisonTable::kBehaviorSummary) {
    columns.push_back({"behavior", "", "The annotated behaviour the metric is measured during.", "BORIS annotations"});
  }
  if (table == ComparisonTable::kAoiSummary) {
    columns.push_back({"interval", "", "The interval the metric is measured in, by name (interval_metrics.csv's "
                                       "`interval`): each participant's value the mean over its occurrences.",
                       "the intervals: stimulus presentations, --interval event pairs, the whole recording"});
    columns.push_back({"aoi", "", "The AOI the metric is measured on; empty for a metric of the whole interval "
                                  "(a column of interval_metrics.csv).", "the study's AOIs or the export's AOI "
                                                                         "hit columns"});
  }
  std::vector<ColumnDoc> rest = {
    {"metric", "", "The metric compared: a column of summary.csv, behavior_metrics.csv, interval_metrics.csv or "
                   "aoi_metrics.csv, whose unit every mean, SD, median, IQR and CI of the row is in.",
     "result fields"},
    {"group", "", "The group the row describes: the later of the two in name order.", "participants table"},
    {"reference", "", "The group it is compared with: the earlier in name order; empty in a study of one group.",
     "participants table"},
    {"condition", "", "The condition whose recordings the row compares (each participant's value the mean of its "
                      "recordings in it); empty when the study has no conditions: then every recording counts.",
     "the design table or names-from-path's {condition}"},
  };
  columns.insert(columns.end(), rest.begin(), rest.end());
  for (const char* prefix : {"", "reference_"}) {
    for (ColumnDoc& c : DescriptiveColumns(prefix, *prefix == 0 ? "`group`" : "`reference`")) {
      columns.push_back(std::move(c));
    }
  }
  std::vector<ColumnDoc> tests = {
    {"mann_whitney_u", "", "Mann-Whitney U of `group`: its rank sum in the pooled sample minus n(n + 1)/2 "
                           "(SciPy's statistic).", "scipy.stats.mannwhitneyu, reproduced"},
    {"mann_whitney_p", "", "Two-sided p of the Mann-Whitney U test.", "scipy.stats.mannwhitneyu, reproduced"},
    {"mann_whitney_method", "", "\"exact\" (exact null distribution) or \"asymptotic\" (normal approximation, "
                                "tie and continuity corrected), as SciPy's method='auto' chooses.",
     "scipy.stats.mannwhitneyu, reproduced"},
    {"mann_whitney_q", "", "Benjamini-Hochberg q of mann_whitney_p over the rows of the table.",
     "Benjamini & Hochberg 1995"},
    {"welch_t", "", "Welch's t of `group` minus `reference`.", "scipy.stats.ttest_ind(equal_var=False), reproduced"},
    {"welch_df", "", "Welch-Satterthwaite degrees of freedom.", "scipy.stats.ttest_ind(equal_var=False), reproduced"},
    {"welch_p", "", "Two-sided p of Welch's t-test.", "scipy.stats.ttest_ind(equal_var=False), reproduced"},
    {"welch_q", "", "Benjamini-Hochberg q of welch_p over the rows of the table.", "Benjamini & Hochberg 1995"},
    {"hedges_g", "", "Hedges' g of `group` minus `reference`: the mean difference over the pooled SD, with the "
                     "exact small-sample correction.", "Hedges 1981"},
    {"hedges_g_ci95_low", "", "Lower end of g's approximate 95 % confidence interval (Hedges & Olkin's "
                              "large-sample standard error).", "Hedges & Olkin 1985"},
    {"hedges_g_ci95_high", "", "Upper end of the same interval.", "Hedges & Olkin 1985"},
  };
  columns.insert(columns.end(), tests.begin(), tests.end());
  return columns;
}

}  // namespace

std::vector<ColumnDoc> ComparisonColumns(ComparisonTable table) { return MakeComparisonColumns(table); }

Status WriteComparisonCsv(const std::filesystem::path& path, const std::vector<analysis::ComparisonRow>& rows,
                          ComparisonTable table) {
  std::string out = HeaderRow(ComparisonColumns(table));
  for (const analysis::ComparisonRow& r : rows) {
    std::string row;
    if (table == ComparisonTable::kBehaviorSummary) {
      AppendCsvField(&row, r.behavior);
      row.push_back(',');
    }
    if (table == ComparisonTable::kAoiSummary) {
      AppendCsvField(&row, r.interval);
      row.push_back(',');
      AppendCsvField(&row, r.aoi);
      row.push_back(',');
    }
    AppendCsvField(&row, r.metric);
    row.push_back(',');
    AppendCsvField(&row, r.group);
    row.push_back(',');
    AppendCsvField(&row, r.reference);
    row.push_back(',');
    AppendCsvField(&row, r.condition);
    const stats::GroupComparison& s = r.stats;
    AppendDescriptiveCells(&row, s.x, true);
    AppendDescriptiveCells(&row, s.y, !r.reference.empty());
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
