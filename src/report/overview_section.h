// The study at a glance, from run.json: recordings found, analysed and
// failed, the study and participants table, and participants and
// recordings analysed per group.
//
// Thread-safety: plain functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace tobii::report {

std::string OverviewSection(const nlohmann::json& run);

}  // namespace tobii::report
