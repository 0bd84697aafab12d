#include "analysis_options.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "aoi/intervals.h"
#include "settings/setting_table.h"
#include "tobii/detectors.h"

namespace tobii::app {

namespace {

using settings::Check;
using settings::Section;
using settings::Setting;

// CLI11's PositiveNumber and NonNegativeNumber let NaN and infinity through
// and word their messages for programmers; these say what a researcher
// typed wrong.
enum class Sign { kAny, kZeroOrMore, kMoreThanZero };

CLI::Validator Number(Sign sign) {
  return CLI::Validator(
      [sign](std::string& text) -> std::string {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value)) {
          return "\"" + text + "\" is not a number";
        }
        if (sign == Sign::kZeroOrMore && value < 0) return "must be zero or more, not " + text;
        if (sign == Sign::kMoreThanZero && value <= 0) return "must be more than zero, not " + text;
        return {};
      },
      sign == Sign::kAny ? "NUMBER" : sign == Sign::kZeroOrMore ? "NUMBER>=0" : "NUMBER>0");
}

// A histogram bin count far beyond any figure's resolution is a typo.
constexpr double kMaxFixationBins = 100000;

// The help's heading for a section; nullptr: the command's own options.
const char* GroupOf(Section section) {
  switch (section) {
    case Section::kInput:
      return nullptr;
    case Section::kScreen:
      return "Screen geometry (its size places the screen centre for degrees; the distance stands in where the "
             "export has no eye position)";
    case Section::kPreprocess:
      return "Preprocessing (Tobii's order: gap fill-in, eye selection, noise reduction)";
    case Section::kDetection:
      return "Event detection";
    case Section::kBehavior:
      return "Annotated behaviours (BORIS)";
    case Section::kIntervals:
      return "Intervals and areas of interest (AOIs)";
    case Section::kFigureData:
      return "What each recording keeps for the figures";
  }
  return nullptr;
}

// The values a setting's flag takes; nullopt: any.
std::optional<CLI::Validator> ValidatorOf(const Setting& setting, const settings::SettingRef& field) {
  switch (setting.check) {
    case Check::kNone:
      return std::nullopt;
    case Check::kNumber:
      return Number(Sign::kAny);
    case Check::kZeroOrMore:
      return Number(Sign::kZeroOrMore);
    case Check::kMoreThanZero:
      return Number(Sign::kMoreThanZero);
    case Check::kRange:
      // A whole-number field takes whole-number bounds (the help says INT).
      if (std::holds_alternative<int*>(field)) {
        return CLI::Range(static_cast<int>(setting.low), static_cast<int>(setting.high));
      }
      return CLI::Range(setting.low, setting.high);
    case Check::kAtLeastOne:
      return CLI::Range(std::int64_t{1}, std::numeric_limits<std::int64_t>::max());
    case Check::kChoice: {
      std::vector<std::string> words;
      for (const settings::Choice& choice : setting.choices) words.emplace_back(choice.word);
      return CLI::IsMember(words);
    }
    case Check::kDetector: {
      std::vector<std::string> names;
      for (const events::DetectorInfo& d : events::RegisteredDetectors()) names.emplace_back(d.name);
      return CLI::IsMember(names);
    }
  }
  return std::nullopt;
}

// A setting's option, and for an enum setting the word it was given as.
struct SettingOption {
  const Setting* setting = nullptr;
  CLI::Option* option = nullptr;
  std::shared_ptr<std::string> word;
};

// Registers a setting's flag, writing into its field of *bound.
SettingOption AddSettingOption(CLI::App* command, const Setting& setting, Settings* bound) {
  SettingOption added;
  added.setting = &setting;
  const settings::SettingRef field = setting.field(*bound);
  std::visit(
      [&](auto* value) {
        using Value = std::remove_pointer_t<decltype(value)>;
        if constexpr (std::is_enum_v<Value>) {
          const settings::Choice* chosen = settings::ChosenOf(setting, *bound);
          added.word = std::make_shared<std::string>(chosen != nullptr ? chosen->word : "");
          added.option = command->add_option(setting.flag, *added.word, setting.help);
        } else if constexpr (std::is_same_v<Value, bool>) {
          added.option = command->add_flag(setting.flag, *value, setting.help);
        } else {
          added.option = command->add_option(setting.flag, *value, setting.help);
        }
      },
      field);
  if (std::optional<CLI::Validator> check = ValidatorOf(setting, field)) added.option->check(*check);
  if (const char* group = GroupOf(setting.section)) added.option->group(group);
  if (setting.show_default) added.option->capture_default_str();
  return added;
}

// Sets an enum setting's field from the word it was given as.
void ApplyWord(const SettingOption& added, Settings* settings) {
  for (const settings::Choice& choice : added.setting->choices) {
    if (*added.word != choice.word) continue;
    std::visit(
        [&](auto* value) {
          using Value = std::remove_pointer_t<decltype(value)>;
          if constexpr (std::is_enum_v<Value>) *value = static_cast<Value>(choice.value);
        },
        added.setting->field(*settings));
  }
}

// Copies one setting's field from `from` into *to.
void CopySetting(const Setting& setting, const Settings& from, Settings* to) {
  const settings::SettingRef source = settings::FieldToRead(setting, from);
  std::visit([&](auto* value) { *value = *std::get<decltype(value)>(source); }, setting.field(*to));
}

void AddSection(CLI::App* command, Section section, Settings* settings) {
  for (const Setting& setting : settings::SettingTable()) {
    if (setting.section == section) AddSettingOption(command, setting, settings);
  }
}

}  // namespace

std::function<Status()> AddAnalysisOptions(CLI::App* command, Settings* settings) {
  // The I-VT options write into `given`; after parsing, the preset's values
  // fill every I-VT setting not given on the command line.
  const std::map<std::string, IvtSettings> presets = {
      {"fixation", IvtSettings::Fixation()}, {"attention", IvtSettings::Attention()}, {"coders", IvtSettings::Coders()}};
  auto preset = std::make_shared<std::string>("fixation");
  auto given = std::make_shared<Settings>(*settings);
  std::vector<SettingOption> ivt_options, word_options;
  for (const Setting& setting : settings::SettingTable()) {
    if (setting.section != Section::kScreen && setting.section != Section::kPreprocess &&
        setting.section != Section::kDetection && setting.section != Section::kBehavior &&
        setting.section != Section::kIntervals) {
      continue;
    }
    const bool ivt = setting.detector != nullptr && std::string_view(setting.detector) == "ivt";
    if (ivt && ivt_options.empty()) {  // the preset comes before the settings it fills
      std::vector<std::string> names;
      for (const auto& [name, values] : presets) names.push_back(name);
      command->add_option("--ivt-preset", *preset,
                          "I-VT preset: fixation (Pro Lab's default, 30 deg/s), attention (Pro Lab's, 100 deg/s, "
                          "for head-mounted data) or coders (fixation without saccades at blinks and post-saccadic "
                          "oscillations); the I-VT options below default to the preset's values (shown: fixation's)")
          ->check(CLI::IsMember(names))
          ->group(GroupOf(Section::kDetection))
          ->capture_default_str();
    }
    const SettingOption added = AddSettingOption(command, setting, ivt ? given.get() : settings);
    if (ivt) ivt_options.push_back(added);
    if (added.word) word_options.push_back(added);
  }

  return [settings, preset, presets, given, ivt_options, word_options] {
    for (const SettingOption& added : word_options) ApplyWord(added, settings);
    settings->ivt = presets.at(*preset);
    for (const SettingOption& added : ivt_options) {
      if (added.option->count() > 0) CopySetting(*added.setting, *given, settings);
    }
    if (settings->blink.min_duration_ms > settings->blink.max_duration_ms) {
      return Status::Error("--blink-min-ms must not exceed --blink-max-ms");
    }
    if (settings->behavior.point_window_end_s <= settings->behavior.point_window_start_s) {
      return Status::Error("--pupil-window-end-s must be after --pupil-window-start-s");
    }
    if (settings->figures.fixation_max_ms / settings->figures.fixation_bin_ms > kMaxFixationBins) {
      return Status::Error(fmt::format("--fixation-max-ms / --fixation-bin-ms must be at most {} bins",
                                       kMaxFixationBins));
    }
    std::vector<aoi::EventPairSpec> pairs;
    if (Status s = aoi::ParseEventPairSpecs(settings->intervals.between, &pairs); !s.ok()) {
      return Status::Error("--" + s.message());  // "--interval "x": ..."
    }
    if (settings->preprocess.noise_window_samples % 2 == 0) {
      return Status::Error("--noise-window must be odd, so that the window is centred on its sample");
    }
    return Status::Ok();
  };
}

void AddFigureDataOptions(CLI::App* command, Settings* settings) {
  AddSection(command, Section::kFigureData, settings);
}

void AddInputOptions(CLI::App* command, Settings* settings) { AddSection(command, Section::kInput, settings); }

}  // namespace tobii::app
