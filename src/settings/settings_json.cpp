#include "settings/settings_json.h"

#include <string_view>
#include <type_traits>
#include <variant>

#include "settings/setting_table.h"

namespace tobii::settings {

namespace {

// Puts the setting's value at its key path ("ivt.merge_max_gap_ms" is
// {"ivt": {"merge_max_gap_ms": ...}}).
void AddSetting(const Setting& setting, const Settings& settings, nlohmann::json* json) {
  nlohmann::json* at = json;
  std::string_view key = setting.key;
  for (std::size_t dot = key.find('.'); dot != std::string_view::npos; dot = key.find('.')) {
    at = &(*at)[std::string(key.substr(0, dot))];
    key.remove_prefix(dot + 1);
  }
  nlohmann::json& value = (*at)[std::string(key)];
  std::visit(
      [&](auto* field) {
        if constexpr (std::is_enum_v<std::remove_pointer_t<decltype(field)>>) {
          const Choice* chosen = ChosenOf(setting, settings);
          value = chosen != nullptr ? nlohmann::json(chosen->json) : nlohmann::json(nullptr);
        } else {
          value = *field;
        }
      },
      FieldToRead(setting, settings));
}

}  // namespace

nlohmann::json SettingsJson(const Settings& settings) {
  nlohmann::json json = nlohmann::json::object();
  for (const Setting& setting : SettingTable()) AddSetting(setting, settings, &json);
  return json;
}

nlohmann::json ResultKeyJson(const Settings& settings) {
  nlohmann::json json = nlohmann::json::object();
  for (const Setting* setting : SettingsKeyingResult(settings)) AddSetting(*setting, settings, &json);
  return json;
}

}  // namespace tobii::settings
