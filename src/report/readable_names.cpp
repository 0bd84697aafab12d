#include "report/readable_names.h"

#include <algorithm>

#include "metrics/result_fields.h"

namespace tobii::report {

namespace {

struct UnitSuffix {
  std::string_view suffix;
  std::string_view unit;
};

// Longer suffixes first: "_per_s" before "_s". ("_samples" is no unit:
// max_samples, noise_window_samples read better whole.)
constexpr UnitSuffix kUnitSuffixes[] = {
    {"_deg_per_s", "deg/s"}, {"_per_min", "1/min"}, {"_per_s", "1/s"},
    {"_pct", "%"},           {"_ms", "ms"},         {"_us", "\u00b5s"}, {"_mm", "mm"},
    {"_px", "px"},           {"_hz", "Hz"},         {"_deg", "deg"},    {"_mib", "MiB"},
    {"_bits", "bits"},
    {"_s", "s"},
};

const UnitSuffix* SuffixOf(std::string_view name) {
  for (const UnitSuffix& s : kUnitSuffixes) {
    if (name.size() > s.suffix.size() && name.ends_with(s.suffix)) return &s;
  }
  return nullptr;
}

template <typename Fields>
std::string UnitInFields(const Fields& fields, const std::string& name) {
  for (const auto& field : fields) {
    if (name == field.name && *field.unit != '\0') return field.unit;
  }
  return "";
}

}  // namespace

std::string UnitOfSuffix(std::string_view name) {
  const UnitSuffix* s = SuffixOf(name);
  return s != nullptr ? std::string(s->unit) : std::string();
}

std::string ReadableName(std::string_view name) {
  if (const UnitSuffix* s = SuffixOf(name)) name.remove_suffix(s->suffix.size());
  std::string text(name);
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

MetricUnits::MetricUnits(const CsvFile& dictionary) {
  for (std::size_t r = 0; r < dictionary.rows().size(); ++r) {
    const std::string& unit = dictionary.Cell(r, "unit");
    if (!unit.empty()) from_dictionary_.emplace(dictionary.Cell(r, "column"), unit);
  }
}

std::string MetricUnits::Unit(const std::string& metric) const {
  if (auto it = from_dictionary_.find(metric); it != from_dictionary_.end()) return it->second;
  if (std::string unit = UnitInFields(metrics::RecordingFields(), metric); !unit.empty()) return unit;
  if (std::string unit = UnitInFields(metrics::BehaviorFields(), metric); !unit.empty()) return unit;
  return UnitOfSuffix(metric);
}

std::string MetricLabel(const std::string& metric, const std::string& unit) {
  // Strip the suffix only when it is the unit shown (a name whose suffix
  // means something else keeps it).
  std::string label = metric;
  if (UnitOfSuffix(metric) == unit || UnitOfSuffix(metric).empty()) {
    label = ReadableName(metric);
  } else {
    std::replace(label.begin(), label.end(), '_', ' ');
  }
  if (unit.empty()) return label;
  return label + " (" + unit + ")";
}

}  // namespace tobii::report
