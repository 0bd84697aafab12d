// A metric's axis label from its column name, so that the figures name a
// metric as the tables do.
#pragma once

#include <string>

namespace tobii::plot {

// "fixation_duration_mean_ms" -> "Fixation duration mean (ms)".
std::string MetricLabel(const std::string& metric);

}  // namespace tobii::plot
