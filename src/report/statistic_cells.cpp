#include "report/statistic_cells.h"

#include <fmt/format.h>

#include <cmath>

#include "io/csv_writer.h"

namespace tobii::report {

namespace {
constexpr int kSignificantDigits = 6;
}  // namespace

std::string Significant(double value) {
  return std::isfinite(value) ? fmt::format("{:.{}g}", value, kSignificantDigits) : std::string();
}

std::vector<ColumnDoc> DescriptiveColumns(std::string_view prefix, std::string_view whose) {
  const auto name = [&](std::string_view what) { return fmt::format("{}{}", prefix, what); };
  const std::string unit(kMetricUnit), source(kStatisticsSource);
  return {
      {name("n"), "", fmt::format("Participants of {} with a value of the metric.", whose), source},
      {name("mean"), unit,
       fmt::format("Mean over the participants of {}, each participant's recordings averaged first.", whose),
       source},
      {name("sd"), unit,
       fmt::format("Sample standard deviation (divisor n - 1) over the participants of {}.", whose), source},
      {name("median"), unit, fmt::format("Median over the participants of {}.", whose), source},
      {name("iqr"), unit,
       fmt::format("Interquartile range over the participants of {} (quartiles by linear interpolation, R's type "
                   "7).",
                   whose),
       source},
      {name("ci95_low"), unit,
       fmt::format("Lower end of the 95 % confidence interval of the mean of {} (t distribution).", whose), source},
      {name("ci95_high"), unit, "Upper end of the same interval.", source},
  };
}

void AppendDescriptiveCells(std::string* row, const stats::Descriptive& d, bool present) {
  row->push_back(',');
  if (present) *row += std::to_string(d.n);
  for (double v : {d.mean, d.sd, d.median, d.iqr, d.ci_low, d.ci_high}) {
    row->push_back(',');
    io::AppendCsvField(row, present ? Significant(v) : "");
  }
}

}  // namespace tobii::report
