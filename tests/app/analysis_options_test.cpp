#include "analysis_options.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "settings/setting_table.h"
#include "settings/settings_json.h"

namespace tobii::app {
namespace {

// Parses `arguments` as the options of one command; false on a usage error.
bool Parse(std::vector<std::string> arguments, Settings* settings) {
  CLI::App app;
  const auto check = AddAnalysisOptions(&app, settings);
  AddFigureDataOptions(&app, settings);
  AddInputOptions(&app, settings);
  arguments.insert(arguments.begin(), "test");
  std::vector<char*> argv;
  for (std::string& a : arguments) argv.push_back(a.data());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError&) {
    return false;
  }
  return check().ok();
}

TEST(AnalysisOptions, DefaultsAreTheSettingsDefaults) {
  Settings settings;
  ASSERT_TRUE(Parse({}, &settings));
  EXPECT_EQ(settings.detector, "ivt");
  EXPECT_EQ(settings.ivt.velocity_threshold_deg_per_s, 30.0);
  EXPECT_FALSE(settings.ivt.drop_saccades_at_loss);
  EXPECT_EQ(settings.preprocess.eye, EyeSelection::kAverage);
  EXPECT_EQ(settings.preprocess.gap_fill_max_ms, 0.0);
}

TEST(AnalysisOptions, PresetGivesWayToExplicitOptionsInAnyOrder) {
  Settings attention;
  ASSERT_TRUE(Parse({"--ivt-preset", "attention"}, &attention));
  EXPECT_EQ(attention.ivt.velocity_threshold_deg_per_s, 100.0);
  Settings explicit_first;
  ASSERT_TRUE(Parse({"--velocity-threshold", "80", "--ivt-preset", "attention"}, &explicit_first));
  EXPECT_EQ(explicit_first.ivt.velocity_threshold_deg_per_s, 80.0);
  Settings coders;
  ASSERT_TRUE(Parse({"--ivt-preset", "coders", "--post-saccadic-max-ms", "0"}, &coders));
  EXPECT_TRUE(coders.ivt.drop_saccades_at_loss);
  EXPECT_EQ(coders.ivt.post_saccadic_max_ms, 0.0);
  EXPECT_EQ(coders.ivt.velocity_threshold_deg_per_s, 30.0);
}

TEST(AnalysisOptions, NamesAndNumbersAreChecked) {
  Settings s;
  EXPECT_TRUE(Parse({"--eye", "strict", "--noise", "none", "--detector", "idt"}, &s));
  EXPECT_EQ(s.preprocess.eye, EyeSelection::kStrictAverage);
  EXPECT_EQ(s.preprocess.noise, NoiseReduction::kNone);
  EXPECT_EQ(s.detector, "idt");
  for (const std::vector<std::string>& bad :
       std::vector<std::vector<std::string>>{{"--eye", "sideways"},
                                             {"--detector", "nonsense"},
                                             {"--fixation-bin-ms", "1e-6"},  // a trillion bins
                                             {"--velocity-threshold", "nan"},
                                             {"--velocity-threshold", "0"},
                                             {"--merge-max-gap-ms", "-1"},
                                             {"--screen-distance-mm", "inf"},
                                             {"--noise-window", "4"},
                                             {"--blink-min-ms", "600"},
                                             {"--interval", "trial"}}) {
    Settings settings;
    EXPECT_FALSE(Parse(bad, &settings)) << bad[0] << " " << bad[1];
  }
}

// A value of the setting's type that its flag takes and its default is not.
std::string OtherValue(const settings::Setting& setting, const Settings& defaults) {
  const settings::SettingRef field = settings::FieldToRead(setting, defaults);
  if (setting.check == settings::Check::kChoice || setting.check == settings::Check::kDetector) {
    if (setting.check == settings::Check::kDetector) return "engbert_kliegl";
    for (const settings::Choice& choice : setting.choices) {
      if (settings::ChosenOf(setting, defaults) != &choice) return choice.word;
    }
  }
  if (setting.check == settings::Check::kRange) return std::to_string(static_cast<int>(setting.high));
  if (setting.check == settings::Check::kAtLeastOne) return "3";
  if (double* const* value = std::get_if<double*>(&field)) return std::to_string(**value + 1.5);
  if (std::string_view(setting.key) == "intervals.between") return "trial=TrialStart..TrialEnd";
  return "x";  // free text
}

TEST(AnalysisOptions, EverySettingOfTheTableIsAFlagWritingItsField) {
  const Settings defaults;
  const nlohmann::json default_json = settings::SettingsJson(defaults);
  for (const settings::Setting& setting : settings::SettingTable()) {
    std::vector<std::string> arguments = {setting.flag};
    if (!std::holds_alternative<bool*>(settings::FieldToRead(setting, defaults))) {
      arguments.push_back(OtherValue(setting, defaults));
    }
    Settings parsed;
    ASSERT_TRUE(Parse(arguments, &parsed)) << arguments[0] << " " << arguments.back();
    const nlohmann::json json = settings::SettingsJson(parsed);
    EXPECT_NE(json, default_json) << setting.flag << " wrote nothing";
    std::string pointer = std::string("/") + setting.key;
    for (char& c : pointer) c = c == '.' ? '/' : c;
    const nlohmann::json::json_pointer at(pointer);
    EXPECT_NE(json.at(at), default_json.at(at)) << setting.flag << " wrote another setting than " << setting.key;
  }
}

TEST(AnalysisOptions, TheVelocityWindowIsEveryDetectors) {
  Settings settings;
  ASSERT_TRUE(Parse({"--ivt-preset", "attention", "--velocity-window-ms", "30", "--detector", "idt"}, &settings));
  EXPECT_EQ(settings.velocity.window_ms, 30.0);
  EXPECT_EQ(settings.ivt.velocity_threshold_deg_per_s, 100.0);
}

}  // namespace
}  // namespace tobii::app
