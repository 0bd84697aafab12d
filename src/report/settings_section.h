// The settings a run used, as a table a reader checks a methods section
// against: every setting of the setting table (settings/setting_table.h)
// with its value from run.json, its unit (from its key's suffix) and its
// flag, grouped as `--help` groups them; another detector's settings and,
// when no BORIS file was read, the annotation settings are left out (they
// changed nothing). The figure options follow.
//
// Thread-safety: plain functions.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "settings/setting_table.h"

namespace tobii::report {

// Whether `setting` had a say in the run run.json records.
bool SettingWasUsed(const settings::Setting& setting, const nlohmann::json& run);

// The value of `key` ("ivt.velocity_threshold_deg_per_s") in run.json's
// settings, as a reader reads it ("30", "average", "none", "yes"), with
// its unit when it has one ("30 deg/s"); "" when run.json lacks it.
std::string SettingValueText(const settings::Setting& setting, const nlohmann::json& run);

// The section's HTML: a table, or a note when run.json is missing.
std::string SettingsSection(const nlohmann::json& run);

}  // namespace tobii::report
