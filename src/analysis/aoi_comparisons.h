// aoi_summary.csv: the groups compared per interval and AOI, from the
// per-recording results alone (RecordingResult::intervals).
//
// One row per interval name, AOI, metric (the fields of
// metrics/result_fields.h marked kCompared), condition and pair of groups,
// as group_stats.csv has them (analysis/group_comparisons.h: the same
// tests, Hedges' g, and Benjamini-Hochberg q with the whole table as one
// family). The interval metrics (the two gaze entropies) are rows of the
// same table with an empty `aoi`, first in each interval: one table, one
// family of tests for everything the AOIs add.
//
// Intervals are known by name (a stimulus, an --interval pair, or
// "recording", the whole recording, which comes first; the others in name
// order); AOIs in name order. Participants are the unit: a recording's
// value is the mean over the occurrences of the interval that have one (a
// stimulus shown twice; time to first fixation: those where the AOI was
// fixated), a participant's the mean of its recordings' values
// (analysis/group_values.h).
#pragma once

#include <string>
#include <vector>

#include "analysis/group_comparisons.h"
#include "metrics/result_fields.h"
#include "tobii/recording_result.h"

namespace tobii::analysis {

// Whether the study has anything for the AOI tables: some recording with
// an AOI or an interval beyond the whole recording. Without, the AOI tables
// (this one and report/aoi_tables.h) are not written.
bool HasAoiResults(const std::vector<RecordingResult>& results);

// The interval that pools every stimulus presentation, when the study
// shows two or more stimuli: an AOI named alike on each ("eyes" on every
// face) compared over all of them, a recording's value the mean over its
// presentations. Parenthesised, so no stimulus is taken for it.
inline constexpr const char* kAllStimuli = "(all stimuli)";

std::vector<ComparisonRow> AoiSummary(const std::vector<RecordingResult>& results);

// An AOI's metric in the interval named `interval` (or kAllStimuli), as
// AoiSummary compares it: the mean over the recording's occurrences of the
// interval that have a value; NaN in an occurrence without that AOI. `field` must outlive the
// metric (the field tables are static). The AOI figure draws the same
// participants' values (plot/figure_aois.h).
RecordingMetric AoiMetricOf(const std::string& interval, const std::string& aoi, const metrics::AoiField& field);

}  // namespace tobii::analysis
