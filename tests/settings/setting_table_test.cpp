#include "settings/setting_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "settings/settings_json.h"

namespace tobii::settings {
namespace {

TEST(SettingTable, EachSettingHasOneKeyAndOneFlag) {
  std::set<std::string> keys, flags;
  for (const Setting& s : SettingTable()) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_TRUE(flags.insert(s.flag).second) << s.flag;
    EXPECT_EQ(std::string(s.flag).rfind("--", 0), 0u) << s.flag;
    EXPECT_NE(std::string(s.help), "") << s.key;
    if (s.check == Check::kChoice) {
      Settings defaults;
      EXPECT_NE(ChosenOf(s, defaults), nullptr) << s.key << ": its default is none of its choices";
    }
  }
}

TEST(SettingTable, RunJsonHoldsEverySettingUnderItsKey) {
  Settings s;
  s.preprocess.eye = EyeSelection::kStrictAverage;
  s.velocity.window_ms = 30;
  s.figures.samples = {"P1"};
  const nlohmann::json json = SettingsJson(s);
  EXPECT_EQ(json.at("preprocess").at("eye"), "strict_average");
  EXPECT_EQ(json.at("preprocess").at("noise"), "moving_median");
  EXPECT_EQ(json.at("velocity").at("window_ms"), 30.0);
  EXPECT_EQ(json.at("ivt").at("velocity_threshold_deg_per_s"), 30.0);
  EXPECT_FALSE(json.at("ivt").contains("velocity_window_ms"));
  EXPECT_EQ(json.at("detector"), "ivt");
  EXPECT_EQ(json.at("figures").at("samples"), nlohmann::json::array({"P1"}));
  EXPECT_EQ(json.at("max_samples"), -1);
  EXPECT_FALSE(json.contains("jobs"));  // how a run is spread over cores is no setting
  std::size_t leaves = 0;
  for (const auto& [name, value] : json.items()) leaves += value.is_object() ? value.size() : 1;
  EXPECT_EQ(leaves, SettingTable().size());
}

TEST(SettingTable, AResultIsKeyedOnWhatChangesItAlone) {
  Settings ivt;
  const nlohmann::json key = ResultKeyJson(ivt);
  EXPECT_TRUE(key.contains("ivt"));
  EXPECT_FALSE(key.contains("idt"));
  EXPECT_FALSE(key.contains("engbert_kliegl"));
  EXPECT_FALSE(key.at("figures").contains("sample_count"));

  Settings other = ivt;
  other.idt.dispersion_threshold_deg = 2;  // another detector's
  other.figures.sample_count = 0;          // which recordings get a sample figure
  EXPECT_EQ(ResultKeyJson(other), key);
  other.velocity.window_ms = 40;
  EXPECT_NE(ResultKeyJson(other), key);

  Settings idt;
  idt.detector = "idt";
  Settings idt_other = idt;
  idt_other.ivt.velocity_threshold_deg_per_s = 80;
  EXPECT_EQ(ResultKeyJson(idt_other), ResultKeyJson(idt));
  idt_other.idt.dispersion_threshold_deg = 2;
  EXPECT_NE(ResultKeyJson(idt_other), ResultKeyJson(idt));
}

}  // namespace
}  // namespace tobii::settings
