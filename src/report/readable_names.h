// Names of metrics and settings as a reader meets them in the report: the
// column or key without its unit suffix, with spaces ("fixation duration
// mean"), and the unit apart ("ms"). The project puts the unit in every
// name that has one (fixation_duration_mean_ms, window_ms); the unit of a
// metric comes first from the data dictionary columns.csv when the run
// wrote one, then from the result fields (metrics/result_fields.h), then
// from the name's suffix.
//
// Thread-safety: plain values.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "report/csv_file.h"

namespace tobii::report {

// The unit a name's suffix says ("_deg_per_s" → "deg/s"); "" when none.
std::string UnitOfSuffix(std::string_view name);

// The name without its unit suffix, underscores as spaces.
std::string ReadableName(std::string_view name);

// Units of metrics by name.
class MetricUnits {
 public:
  // `dictionary`: columns.csv (columns table, column, unit, ...), or an
  // empty table when the run wrote none.
  explicit MetricUnits(const CsvFile& dictionary);

  std::string Unit(const std::string& metric) const;

 private:
  std::map<std::string, std::string> from_dictionary_;
};

// "fixation duration mean (ms)"; the readable name alone without a unit.
std::string MetricLabel(const std::string& metric, const std::string& unit);

}  // namespace tobii::report
