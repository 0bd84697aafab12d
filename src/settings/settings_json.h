// Settings as JSON, each setting under its key path in the setting table
// (settings/setting_table.h): run.json's "settings", and what a
// recording's result is keyed on.
#pragma once

#include <nlohmann/json.hpp>

#include "tobii/settings.h"

namespace tobii::settings {

// Every setting: run.json's "settings".
nlohmann::json SettingsJson(const Settings& settings);

// The settings a recording's result depends on (SettingsKeyingResult):
// two runs whose results for a recording can differ differ here, and a
// change of anything else (the worker count, the figures' styling, other
// detectors' settings) leaves it as it is.
nlohmann::json ResultKeyJson(const Settings& settings);

}  // namespace tobii::settings
