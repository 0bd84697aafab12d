// The fields of a recording's result, of a behaviour's, of an interval's
// and of an AOI's in an interval, one entry each:
// name, unit, what it means, how a table prints it, where it appears and
// how it is read from a result. summary.csv, behavior_metrics.csv,
// interval_metrics.csv, aoi_metrics.csv, results.json (written and read)
// and the metrics the group tables compare (analysis/metric_catalog.h,
// analysis/aoi_comparisons.h) all follow these tables, so adding a
// metric is one entry here, plus its member in tobii/recording_result.h
// when it is stored and the code that computes it.
//
// Thread-safety: the tables are constant; read them from any thread.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <variant>

#include "tobii/recording_result.h"

namespace tobii::metrics {

// What a field is about. The group tables list their metrics by topic, in
// this order (a stable sort of the table's order).
enum class Topic {
  kIdentity, kQuality, kFixations, kSaccades, kBlinks, kPupil, kGaze, kAnnotation, kInterval, kAoi, kAccounting
};

// Where a field appears: a set of these bits.
enum Appears : unsigned {
  kStored = 1u << 0,    // in results.json, and read back from it (a member of the result)
  kInTable = 1u << 1,   // a column of its table (summary.csv, behavior_metrics.csv, interval_metrics.csv,
                        // aoi_metrics.csv), in table order
  kCompared = 1u << 2,  // compared between groups: group_stats.csv, behavior_summary.csv or aoi_summary.csv
};

// The behaviours a behaviour field applies to; its cells are empty for the
// others, and it is compared only for them.
enum Kinds : unsigned { kStates = 1u << 0, kPoints = 1u << 1, kBothKinds = kStates | kPoints };

// How a field is read: a member of the result (stored fields must be one:
// results.json writes and reads it) or a value derived from the result.
template <typename Result>
using FieldAccessor = std::variant<std::string Result::*, bool Result::*, std::int64_t Result::*,
                                   std::uint64_t Result::*, double Result::*, double (*)(const Result&),
                                   std::string (*)(const Result&)>;

template <typename Result>
struct ResultField {
  const char* name;        // the column, the results.json key and the metric's name
  const char* unit = "";   // "" for names and counts
  Topic topic = Topic::kIdentity;
  int decimals = 0;        // decimals a table prints a number with (trailing zeros dropped)
  unsigned appears = 0;    // Appears bits
  unsigned kinds = kBothKinds;  // behaviour fields only: Kinds bits
  FieldAccessor<Result> value;
  const char* definition = "";  // one sentence for the data dictionary
};

using RecordingField = ResultField<RecordingResult>;
using BehaviorField = ResultField<BehaviorResult>;
using IntervalField = ResultField<IntervalResult>;
using AoiField = ResultField<AoiResult>;

// Every field of a RecordingResult, in summary.csv's column order.
std::span<const RecordingField> RecordingFields();

// Every field of a BehaviorResult, in behavior_metrics.csv's column order
// (after the recording's participant_id, recording and group).
std::span<const BehaviorField> BehaviorFields();

// Every field of an IntervalResult, in interval_metrics.csv's column order
// (after the recording's identity); its AOIs and transitions are stored
// beside them.
std::span<const IntervalField> IntervalFields();

// Every field of an AoiResult, in aoi_metrics.csv's column order (after
// the recording's identity and the interval's) and Pro Lab's order: the
// fixations, the visits, then the dwell time.
std::span<const AoiField> AoiFields();

// The field's value as a number: NaN for text, a count as a double.
template <typename Result>
double NumberOf(const ResultField<Result>& field, const Result& result);

// Whether a behaviour field applies to this behaviour's kind.
inline bool AppliesTo(const BehaviorField& field, const BehaviorResult& b) {
  return (field.kinds & (b.point ? kPoints : kStates)) != 0;
}

}  // namespace tobii::metrics
