#include "report/settings_section.h"

#include <fmt/format.h>

#include <cmath>

#include "report/html_text.h"
#include "report/readable_names.h"
#include "report/run_record.h"

namespace tobii::report {

namespace {

using settings::Section;
using settings::Setting;

const char* SectionTitle(Section section) {
  switch (section) {
    case Section::kInput: return "Input";
    case Section::kScreen: return "Screen";
    case Section::kPreprocess: return "Preprocessing";
    case Section::kDetection: return "Event detection";
    case Section::kBehavior: return "Annotated behaviours (BORIS)";
    case Section::kIntervals: return "Intervals and AOIs";
    case Section::kFigureData: return "Figure data";
  }
  return "";
}

// The JSON value at a dotted key; nullptr when absent.
const nlohmann::json* At(const nlohmann::json& object, const std::string& dotted) {
  const nlohmann::json* at = &object;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = dotted.find('.', start);
    const std::string part = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (!at->is_object() || !at->contains(part)) return nullptr;
    at = &(*at)[part];
    if (dot == std::string::npos) return at;
    start = dot + 1;
  }
}

std::string NumberText(double value) {
  if (std::isfinite(value) && value == std::round(value) && std::abs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  return fmt::format("{}", value);  // shortest form that reads back: 0.5, 2.975
}

std::string ValueText(const nlohmann::json& value) {
  if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
  if (value.is_number()) return NumberText(value.get<double>());
  if (value.is_string()) return value.get<std::string>().empty() ? "(none)" : value.get<std::string>();
  if (value.is_array()) {
    if (value.empty()) return "(none)";
    std::string text;
    for (const nlohmann::json& item : value) {
      if (!text.empty()) text += ", ";
      text += ValueText(item);
    }
    return text;
  }
  return value.dump();
}

std::string Row(const std::string& name, const std::string& value, const std::string& flag, const std::string& help) {
  return fmt::format("<tr><th>{}</th><td>{}</td><td><code>{}</code></td><td class=\"help\">{}</td></tr>\n",
                     Escape(name), Escape(value), Escape(flag), Escape(help));
}

// "ivt: velocity threshold" for "ivt.velocity_threshold_deg_per_s".
std::string SettingName(const std::string& key) {
  std::string name = ReadableName(key);
  for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot)) {
    name.replace(dot, 1, ": ");
  }
  return name;
}

}  // namespace

bool SettingWasUsed(const Setting& setting, const nlohmann::json& run) {
  const nlohmann::json& settings = Member(run, "settings");
  if (setting.detector != nullptr && settings.value("detector", "") != setting.detector) return false;
  if (setting.section == Section::kBehavior && Member(run, "boris_files").empty()) {
    return false;
  }
  return true;
}

std::string SettingValueText(const Setting& setting, const nlohmann::json& run) {
  if (!run.is_object() || !run.contains("settings")) return "";
  const nlohmann::json* value = At(run.at("settings"), setting.key);
  if (value == nullptr) return "";
  // A count of at least one that is below it is no limit (max_samples: -1).
  if (setting.check == settings::Check::kAtLeastOne && value->is_number() && value->get<double>() < 1) {
    return "no limit";
  }
  std::string text = ValueText(*value);
  const std::string unit = UnitOfSuffix(setting.key);
  if (value->is_number() && !unit.empty()) text.append(" ").append(unit);
  return text;
}

std::string SettingsSection(const nlohmann::json& run) {
  if (!run.is_object()) return MissingNote("run.json is missing: the settings are unknown.");
  std::string html =
      "<table class=\"settings\" id=\"settings\">\n<caption>Settings used (the detector that ran and its "
      "parameters; the annotation settings only when BORIS files were read)</caption>\n<thead><tr><th>setting</th>"
      "<th>value</th><th>flag</th><th>what it does</th></tr></thead>\n<tbody>\n";
  bool first = true;
  Section section{};
  for (const Setting& setting : settings::SettingTable()) {
    if (!SettingWasUsed(setting, run)) continue;
    if (first || setting.section != section) {
      html += fmt::format("<tr class=\"group\"><th colspan=\"4\">{}</th></tr>\n", SectionTitle(setting.section));
      section = setting.section;
      first = false;
    }
    html += Row(SettingName(setting.key), SettingValueText(setting, run), setting.flag, setting.help);
  }
  const nlohmann::json& figure_options = Member(run, "figure_options");
  if (figure_options.is_object() && !figure_options.empty()) {
    html += "<tr class=\"group\"><th colspan=\"4\">Figure drawing</th></tr>\n";
    for (const auto& [key, value] : figure_options.items()) {
      std::string text = ValueText(value);
      if (value.is_number() && !UnitOfSuffix(key).empty()) text.append(" ").append(UnitOfSuffix(key));
      html += Row(ReadableName(key), text, "", "");
    }
  }
  return html + "</tbody>\n</table>\n";
}

}  // namespace tobii::report
