// Every field of Settings (tobii/settings.h, where the defaults and their
// sources are), one entry each: its key in run.json, its command-line flag
// (a study.toml key is the flag without its dashes), its help, the values
// it takes, and whether it changes a recording's result. The flags
// (cli/analysis_options.h), study.toml, run.json's "settings" and the
// settings a recording's result is keyed on all follow this table, so a
// new setting is one entry here plus its member in Settings.
//
// Thread-safety: the table is constant; read it from any thread.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "tobii/settings.h"

namespace tobii::settings {

// One field of a Settings, to read or write.
using SettingRef = std::variant<double*, int*, std::int64_t*, bool*, std::string*, std::vector<std::string>*,
                                EyeSelection*, NoiseReduction*>;

// Where a setting's flag is listed in the help, and which commands take it.
enum class Section {
  kInput,       // how much of each file is read (`run` only)
  kScreen,
  kPreprocess,
  kDetection,
  kBehavior,    // annotated behaviours (BORIS)
  kIntervals,   // intervals and areas of interest
  kFigureData,  // what each recording keeps for the figures (`run` only)
};

// The values a setting takes on the command line and in study.toml.
enum class Check {
  kNone,          // any text
  kNumber,        // a finite number
  kZeroOrMore,    // a finite number >= 0
  kMoreThanZero,  // a finite number > 0
  kRange,         // a number in [low, high], of the field's type
  kAtLeastOne,    // a whole number >= 1
  kChoice,        // one of `choices`
  kDetector,      // a registered detector's name (events/detector.h)
};

// A value a choice setting takes: its word on the command line and its
// name in run.json; `value` is the enum's value for enum fields.
struct Choice {
  const char* word;
  const char* json;
  int value = 0;
};

struct Setting {
  const char* key;   // run.json's path under "settings": "ivt.velocity_threshold_deg_per_s"
  const char* flag;  // "--velocity-threshold"; study.toml's key is "velocity-threshold"
  const char* help;
  Section section;
  Check check = Check::kNone;
  double low = 0, high = 0;          // Check::kRange
  std::span<const Choice> choices = {};  // Check::kChoice, in the order the help lists them
  bool show_default = true;          // the help shows the default value
  // Read by this detector alone (its name, as Settings::detector gives
  // it); nullptr: by every detector or by none.
  const char* detector = nullptr;
  // Changes what a recording's result holds: a result computed with other
  // values of these settings is another result. False for settings that
  // only choose which recordings get something (their result says so).
  bool keys_result = true;
  SettingRef (*field)(Settings&);
};

// Every setting, in the order the help lists them.
std::span<const Setting> SettingTable();

// The settings a recording's result depends on under `settings`: those
// that key a result, less the other detectors' own.
std::vector<const Setting*> SettingsKeyingResult(const Settings& settings);

// The field a setting names in `settings`, to read. The accessors only
// take a field's address, so reading a const Settings through them writes
// nothing.
inline SettingRef FieldToRead(const Setting& setting, const Settings& settings) {
  return setting.field(const_cast<Settings&>(settings));
}

// The choice of a choice setting whose value `settings` holds; nullptr for
// other settings and for a value none names.
const Choice* ChosenOf(const Setting& setting, const Settings& settings);

}  // namespace tobii::settings
