// The figure options as run.json and the report's settings give them.
#pragma once

#include <nlohmann/json.hpp>

#include "tobii/figure_options.h"

namespace tobii::report {

nlohmann::json FigureOptionsJson(const FigureOptions& options);

}  // namespace tobii::report
