// observations.csv: the study in long format, one row per recording and
// metric, per recording, annotated behaviour and metric, and (in a study
// with AOIs or intervals: analysis/aoi_comparisons.h) per recording,
// interval occurrence, AOI and metric, each naming its participant, group,
// condition, session and covariates. An interval's own metrics (the gaze
// entropies) have an empty `aoi`; the columns a row has no use for are
// empty, and every study's table has them all. Mixed models
// read it as it is: lme4::lmer(value ~ group * condition + (1 | participant_id),
// data = subset(read.csv("observations.csv"), metric == "pupil_mean_mm")),
// or pandas.read_csv and statsmodels' mixedlm.
//
// The metrics are those the group tables compare (metrics/result_fields.h,
// kCompared), each with its unit and the decimals its table gives it. An
// interval's occurrences are rows of their own (the group tables average
// them per recording): a mixed model can take them as repeated measures.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "report/column_doc.h"
#include "tobii/recording_result.h"
#include "tobii/status.h"

namespace tobii::report {

// The columns before the covariates, and those after them.
std::span<const ColumnDoc> ObservationsLeadingColumns();
std::span<const ColumnDoc> ObservationsTrailingColumns();

// Written whole or not at all.
Status WriteObservationsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results);

}  // namespace tobii::report
