#include "plot/metric_label.h"

#include <array>
#include <utility>

namespace tobii::plot {

namespace {

// Column-name unit suffixes and how an axis label writes them.
const std::array<std::pair<const char*, const char*>, 8> kUnits = {{{"_deg_per_s", "deg/s"},
                                                                    {"_per_min", "per min"},
                                                                    {"_per_s", "per s"},
                                                                    {"_pct", "%"},
                                                                    {"_ms", "ms"},
                                                                    {"_mm", "mm"},
                                                                    {"_deg", "deg"},
                                                                    {"_px", "px"}}};

}  // namespace

std::string MetricLabel(const std::string& metric) {
  std::string name = metric, unit;
  for (const auto& [suffix, written] : kUnits) {
    const std::string s = suffix;
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
      name.resize(name.size() - s.size());
      unit = written;
      break;
    }
  }
  for (char& c : name) {
    if (c == '_') c = ' ';
  }
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return unit.empty() ? name : name + " (" + unit + ")";
}

}  // namespace tobii::plot
