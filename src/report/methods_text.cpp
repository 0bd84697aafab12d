#include "report/methods_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "report/comparison_layout.h"
#include "report/html_text.h"
#include "report/method_references.h"
#include "report/readable_names.h"
#include "report/run_record.h"
#include "report/settings_section.h"
#include "settings/setting_table.h"
#include "tobii/detectors.h"

namespace tobii::report {

namespace {

using settings::Section;
using settings::Setting;

// The velocity stage every detector measures with (events/velocity.h).
constexpr std::string_view kVelocityMethod = "velocity";
// The entropies of the AOI metrics (report/method_references.h).
constexpr std::string_view kTransitionEntropyMethod = "transition_entropy";
// run.json's settings key naming the detector (settings/setting_table.cpp).
constexpr std::string_view kDetectorKey = "detector";
// run.json's own entry in "versions", said apart from its libraries.
constexpr std::string_view kProgramName = "tobii-pipeline";

void AddOnce(std::vector<std::string>* list, const std::string& item) {
  if (std::find(list->begin(), list->end(), item) == list->end()) list->push_back(item);
}

bool AnyFinite(const CsvFile& table, const std::string& column) {
  for (std::size_t r = 0; r < table.rows().size(); ++r) {
    if (std::isfinite(table.Number(r, column))) return true;
  }
  return false;
}

// "a, b and c"
std::string Listed(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? " and " : ", ";
    text += items[i];
  }
  return text;
}

// A method by name with its citation: "Welch's t-test (Welch, 1947)".
std::string Cited(const std::string& title, const std::string& key, std::set<std::string>* cited) {
  const std::string citation = InTextCitation(key);
  if (const Method* method = FindMethod(key)) {
    for (const char* id : method->papers) cited->insert(id);
  }
  return citation.empty() ? Escape(title) : Escape(title) + " " + Escape(citation);
}

// "eye average, noise moving_median" for the settings of a section the run
// used; `skip_prefix`: a key prefix not repeated in the name ("ivt.").
std::vector<std::string> Parameters(const nlohmann::json& run, Section section, const std::string& skip_prefix) {
  std::vector<std::string> parts;
  for (const Setting& setting : settings::SettingTable()) {
    if (setting.section != section || !SettingWasUsed(setting, run) || setting.key == kDetectorKey) continue;
    std::string key = setting.key;
    if (!skip_prefix.empty() && key.starts_with(skip_prefix)) key.erase(0, skip_prefix.size());
    std::string name = ReadableName(key);
    std::replace(name.begin(), name.end(), '.', ' ');
    parts.push_back(Escape(name + " " + SettingValueText(setting, run)));
  }
  return parts;
}

std::string DetectorTitle(const std::string& detector) {
  if (const Method* method = FindMethod(detector)) return method->title;
  for (const events::DetectorInfo& info : events::RegisteredDetectors()) {
    if (info.name == detector) return std::string(info.description);
  }
  return detector;
}

std::string Versions(const nlohmann::json& run) {
  std::vector<std::string> libraries;
  const nlohmann::json& versions = Member(run, "versions");
  for (const auto& [name, version] : versions.items()) {
    if (name != kProgramName && version.is_string()) libraries.push_back(name + " " + version.get<std::string>());
  }
  std::string text = fmt::format("{} {}", kProgramName, run.value("version", ""));
  if (!libraries.empty()) {
    text += " (";
    for (std::size_t i = 0; i < libraries.size(); ++i) text += (i > 0 ? ", " : "") + libraries[i];
    text += ")";
  }
  return Escape(text);
}

void AddTestsRun(const CsvFile& table, TestsRun* run) {
  const ComparisonLayout layout = FindComparisonLayout(table.header());
  for (const TestColumns& test : layout.tests) {
    if (!AnyFinite(table, test.p)) continue;
    AddOnce(&run->tests, test.prefix);
    if (!test.q.empty() && AnyFinite(table, test.q)) AddOnce(&run->corrected, test.prefix);
  }
  for (const EffectColumns& effect : layout.effects) {
    if (!AnyFinite(table, effect.estimate)) continue;
    AddOnce(&run->effects, effect.estimate);
    run->effect_level = effect.level;
  }
}

// "the Mann–Whitney U test (Mann & Whitney, 1947) and Welch's t-test (Welch, 1947)"
std::string CitedTests(const std::vector<std::string>& tests, std::set<std::string>* cited) {
  std::vector<std::string> named;
  for (const std::string& test : tests) named.push_back(Cited(TestTitle(test), test, cited));
  return Listed(named);
}

// " Effect sizes are Hedges' g (Hedges, 1981) (group − reference) with 95 %
// confidence intervals."; "" without one.
std::string EffectSizes(const TestsRun& run, const std::string& direction, std::set<std::string>* cited) {
  if (run.effects.empty()) return "";
  std::vector<std::string> effects;
  for (const std::string& effect : run.effects) effects.push_back(Cited(EffectTitle(effect), effect, cited));
  return fmt::format(" Effect sizes are {} ({}) with {} % confidence intervals.", Listed(effects), direction,
                     Escape(run.effect_level));
}

// The unit of analysis, the comparisons between groups and within
// participants, and the correction of their p-values.
std::string Comparisons(const ComparisonsRun& comparisons, std::set<std::string>* cited) {
  std::vector<std::string> averaged = {"per metric"};
  if (comparisons.per_behavior) averaged.push_back("per annotated behaviour");
  if (comparisons.per_condition || !comparisons.condition_pairs.empty()) averaged.push_back("per condition");
  if (comparisons.per_interval) {
    averaged.push_back(comparisons.aois ? "per interval and AOI (a recording's value the mean over the interval's "
                                          "occurrences)"
                                        : "per interval (a recording's value the mean over its occurrences)");
  }
  std::string text = fmt::format(
      " Participants were the unit of analysis: each participant's recordings were averaged {}", Listed(averaged));
  const TestsRun& between = comparisons.between;
  const TestsRun& within = comparisons.within;
  if (between.tests.empty()) {
    text += ".";
  } else {
    text += fmt::format(", and each pair of groups ({}) was compared{} with the {}.", Escape(Listed(comparisons.pairs)),
                        comparisons.per_condition ? " in each condition apart" : "",
                        CitedTests(between.tests, cited));
    text += EffectSizes(between, "group \u2212 reference", cited);
  }
  if (!within.tests.empty()) {
    text += fmt::format(
        " Conditions were compared within participants ({}{}): each participant with a value in both conditions "
        "was compared with themselves, with the {}.",
        Escape(Listed(comparisons.condition_pairs)), comparisons.groups.empty() ? "" : ", in each group apart",
        CitedTests(within.tests, cited));
    text += EffectSizes(within, "condition \u2212 reference, in standard deviations of the differences", cited);
  }
  std::vector<std::string> corrected;
  for (const TestsRun* run : {&between, &within}) {
    for (const std::string& test : run->corrected) corrected.push_back(Escape(TestTitle(test)));
  }
  if (!corrected.empty()) {
    text += fmt::format(" The p-values of the {} were adjusted for multiple comparisons across each table with the "
                        "{}, reported as q.",
                        Listed(corrected),
                        Cited(FindMethod(kQValueMethod)->title, std::string(kQValueMethod), cited));
  }
  return text;
}

// How the AOI metrics were computed (doc/algorithms/aoi.md).
std::string AoiMetrics(std::set<std::string>* cited) {
  return fmt::format(
      " AOI metrics were computed per recording, interval and AOI with Tobii Pro Lab's definitions (time to first "
      "fixation, fixations, visits and dwell time): a fixation was on an AOI when its fixation point lay in it (from "
      "an export's AOI hit columns: when its samples were on the AOI for at least half its duration), and a "
      "fixation overlapping an interval's start or end was cut to the interval; the {} of each interval were "
      "computed from the AOIs of successive fixations.",
      Cited(FindMethod(kTransitionEntropyMethod)->title, std::string(kTransitionEntropyMethod), cited));
}

std::string NothingCompared(const ComparisonsRun& comparisons) {
  std::string why;
  if (comparisons.groups.empty()) {
    why = "No group table holds a row: nothing was compared and no test was run.";
  } else if (comparisons.groups.size() == 1) {
    why = fmt::format("One group ({}) was analysed: the tables describe it; nothing was compared and no test was run.",
                      comparisons.groups.front());
  } else {
    why = fmt::format("The groups ({}) could not be compared: no test could be computed (too few participants "
                      "with a value in a group). The tables describe each group.",
                      Listed(comparisons.groups));
  }
  return "<p class=\"nothing-compared\" id=\"nothing-compared\">" + Escape(why) + "</p>\n";
}

}  // namespace

ComparisonsRun FindComparisonsRun(const std::vector<const CsvFile*>& between, const CsvFile& within) {
  ComparisonsRun run;
  std::set<std::string> groups;
  for (const CsvFile* table : between) {
    for (std::size_t r = 0; r < table->rows().size(); ++r) {
      const std::string& group = table->Cell(r, "group");
      const std::string& reference = table->Cell(r, "reference");
      if (!group.empty()) groups.insert(group);
      if (!reference.empty()) {
        groups.insert(reference);
        AddOnce(&run.pairs, group + " vs " + reference);
      }
      if (!table->Cell(r, "behavior").empty()) run.per_behavior = true;
      if (!table->Cell(r, "condition").empty()) run.per_condition = true;
      if (!table->Cell(r, "interval").empty()) run.per_interval = true;
      if (!table->Cell(r, "aoi").empty()) run.aois = true;
    }
    AddTestsRun(*table, &run.between);
  }
  for (std::size_t r = 0; r < within.rows().size(); ++r) {
    if (!within.Cell(r, "group").empty()) groups.insert(within.Cell(r, "group"));
    AddOnce(&run.condition_pairs, within.Cell(r, "condition") + " vs " + within.Cell(r, "reference"));
  }
  AddTestsRun(within, &run.within);
  run.groups.assign(groups.begin(), groups.end());
  return run;
}

std::string MethodsSection(const nlohmann::json& run, const ComparisonsRun& comparisons) {
  if (comparisons.between.tests.empty() && comparisons.within.tests.empty()) return NothingCompared(comparisons);
  std::set<std::string> cited;
  std::string text = fmt::format("Eye-tracking data were analysed with {}. ", Versions(run));
  const nlohmann::json& settings = Member(run, "settings");
  if (const std::vector<std::string> screen = Parameters(run, Section::kScreen, "screen."); !screen.empty()) {
    text += fmt::format("Visual angles were computed from the screen geometry (where a recording did not give "
                        "its own: {}). ",
                        Listed(screen));
  }
  if (const std::vector<std::string> pre = Parameters(run, Section::kPreprocess, "preprocess."); !pre.empty()) {
    text += fmt::format("Gaze samples were preprocessed in Tobii's order with {}. ", Listed(pre));
  }
  const std::string detector = settings.value(std::string(kDetectorKey), "");
  if (!detector.empty()) {
    text += fmt::format("Fixations and saccades were detected with {} on {} ({}).",
                        Cited(DetectorTitle(detector), detector, &cited),
                        Cited(FindMethod(kVelocityMethod)->title, std::string(kVelocityMethod), &cited),
                        Listed(Parameters(run, Section::kDetection, detector + ".")));
  }
  if (comparisons.aois) text += AoiMetrics(&cited);
  text += Comparisons(comparisons, &cited);
  std::vector<std::string> references;
  for (const std::string& id : cited) references.push_back(FindPaper(id)->citation);
  std::sort(references.begin(), references.end());
  std::string html = "<p class=\"methods\" id=\"methods\">" + text + "</p>\n<p>References</p>\n<ul class=\"references\">\n";
  for (const std::string& reference : references) html += "<li>" + Escape(reference) + "</li>\n";
  return html + "</ul>\n";
}

}  // namespace tobii::report
