// observations.csv: the study in long format, one row per recording and
// metric, and per recording, annotated behaviour and metric, each naming
// its participant, group, condition, session and covariates. Mixed models
// read it as it is: lme4::lmer(value ~ group * condition + (1 | participant_id),
// data = subset(read.csv("observations.csv"), metric == "pupil_mean_mm")),
// or pandas.read_csv and statsmodels' mixedlm.
//
// The metrics are those the group tables compare (metrics/result_fields.h,
// kCompared), each with its unit and the decimals summary.csv gives it.
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
