#include "report/aoi_tables.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <map>

#include "io/csv_writer.h"
#include "metrics/result_fields.h"
#include "report/outputs.h"
#include "tobii/atomic_file.h"

namespace tobii::report {

namespace {

// A row probability: the share of the transitions leaving an AOI; four
// decimals tell apart the shares of ten thousand transitions.
constexpr int kProbabilityDecimals = 4;

const ColumnDoc kTransitionColumns[] = {
    {"from_aoi", "", "The AOI of the fixation the transition leaves.", "fixations on the AOIs"},
    {"to_aoi", "",
     "The AOI of the next fixation on an AOI (fixations on none passed over); the same AOI for a "
     "fixation followed by another on it.",
     "fixations on the AOIs"},
    {"count", "",
     "Transitions from from_aoi to to_aoi in the interval (Krejtz et al. 2015's transition matrix).",
     "fixations on the AOIs"},
    {"probability", "",
     "count over all transitions leaving from_aoi in the interval (to_aoi itself included): "
     "the transition matrix's row probability.",
     "fixations on the AOIs"},
};

const metrics::IntervalField& IntervalFieldNamed(std::string_view name) {
  for (const metrics::IntervalField& field : metrics::IntervalFields()) {
    if (field.name == name) return field;
  }
  std::abort();  // kIntervalRowIdentity names interval fields only (a test holds it)
}

// The two identities' columns.
std::vector<std::string> IdentityColumns() {
  std::vector<std::string> columns(std::begin(kBehaviorRowIdentity), std::end(kBehaviorRowIdentity));
  columns.insert(columns.end(), std::begin(kIntervalRowIdentity), std::end(kIntervalRowIdentity));
  return columns;
}

// Appends a cell to a row begun with at least one.
void AppendCell(std::string* row, std::string_view cell) {
  row->push_back(',');
  io::AppendCsvField(row, cell);
}

// The row's opening: the recording's identity, then the interval's.
std::string RowStart(const RecordingResult& r, const IntervalResult& interval) {
  std::string row;
  AppendRecordingIdentity(r, &row);
  for (std::string_view name : kIntervalRowIdentity)
    AppendCell(&row, FieldCell(IntervalFieldNamed(name), interval));
  return row;
}

}  // namespace

bool IsIntervalIdentity(std::string_view field_name) {
  return std::find(std::begin(kIntervalRowIdentity), std::end(kIntervalRowIdentity), field_name) !=
         std::end(kIntervalRowIdentity);
}

std::span<const ColumnDoc> TransitionColumns() { return kTransitionColumns; }

std::vector<std::string> IntervalMetricsColumns() {
  std::vector<std::string> columns = IdentityColumns();
  for (const metrics::IntervalField& field : metrics::IntervalFields()) {
    if ((field.appears & metrics::kInTable) && !IsIntervalIdentity(field.name)) columns.push_back(field.name);
  }
  return columns;
}

std::vector<std::string> AoiMetricsColumns() {
  std::vector<std::string> columns = IdentityColumns();
  for (const metrics::AoiField& field : metrics::AoiFields()) {
    if (field.appears & metrics::kInTable) columns.push_back(field.name);
  }
  return columns;
}

std::vector<std::string> AoiTransitionsColumns() {
  std::vector<std::string> columns = IdentityColumns();
  for (const ColumnDoc& c : kTransitionColumns) columns.push_back(c.name);
  return columns;
}

Status WriteIntervalMetricsCsv(const std::filesystem::path& path,
                               const std::vector<RecordingResult>& results) {
  std::string out = HeaderRow(IntervalMetricsColumns());
  for (const RecordingResult& r : results) {
    for (const IntervalResult& interval : r.intervals) {
      out += RowStart(r, interval);
      for (const metrics::IntervalField& field : metrics::IntervalFields()) {
        if ((field.appears & metrics::kInTable) && !IsIntervalIdentity(field.name)) {
          AppendCell(&out, FieldCell(field, interval));
        }
      }
      out.push_back('\n');
    }
  }
  return io::WriteFileAtomically(path, out);
}

Status WriteAoiMetricsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  std::string out = HeaderRow(AoiMetricsColumns());
  for (const RecordingResult& r : results) {
    for (const IntervalResult& interval : r.intervals) {
      const std::string start = RowStart(r, interval);
      for (const AoiResult& aoi : interval.aois) {
        out += start;
        for (const metrics::AoiField& field : metrics::AoiFields()) {
          if (field.appears & metrics::kInTable) AppendCell(&out, FieldCell(field, aoi));
        }
        out.push_back('\n');
      }
    }
  }
  return io::WriteFileAtomically(path, out);
}

Status WriteAoiTransitionsCsv(const std::filesystem::path& path,
                              const std::vector<RecordingResult>& results) {
  std::string out = HeaderRow(AoiTransitionsColumns());
  for (const RecordingResult& r : results) {
    for (const IntervalResult& interval : r.intervals) {
      std::map<std::string, std::int64_t> leaving;  // from AOI -> its transitions
      for (const AoiTransition& t : interval.transitions) leaving[t.from] += t.count;
      const std::string start = RowStart(r, interval);
      for (const AoiTransition& t : interval.transitions) {
        out += start;
        AppendCell(&out, t.from);
        AppendCell(&out, t.to);
        AppendCell(&out, std::to_string(t.count));
        const std::int64_t from_total = leaving[t.from];
        AppendCell(&out, io::FormatNumber(from_total > 0
                                              ? static_cast<double>(t.count) / static_cast<double>(from_total)
                                              : std::numeric_limits<double>::quiet_NaN(),
                                          kProbabilityDecimals));
        out.push_back('\n');
      }
    }
  }
  return io::WriteFileAtomically(path, out);
}

}  // namespace tobii::report
