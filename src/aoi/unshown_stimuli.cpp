#include "aoi/unshown_stimuli.h"

#include <map>
#include <set>

#include "util/text.h"

namespace tobii::aoi {

namespace {

// Stimuli named in a message, at most this many, then a count.
constexpr std::size_t kMaxNamedStimuli = 8;

std::string Listed(const std::set<std::string>& names) {
  std::string text;
  std::size_t n = 0;
  for (const std::string& name : names) {
    if (n == kMaxNamedStimuli) {
      text.append(", and ").append(std::to_string(names.size() - n)).append(" more");
      break;
    }
    if (n++ > 0) text.append(", ");
    text.append(util::QuotedFound(name));
  }
  return text;
}

}  // namespace

std::vector<std::string> UnshownStimuli(const AoiSet& aois, const std::vector<RecordingResult>& results) {
  std::set<std::string> shown;
  for (const RecordingResult& r : results) {
    for (const IntervalResult& interval : r.intervals) {
      if (interval.kind == "stimulus") shown.insert(interval.interval);
    }
  }
  std::set<std::string> unshown, names;
  for (const AoiDefinition& a : aois.aois) {
    if (a.stimulus.empty() || shown.contains(a.stimulus)) continue;
    unshown.insert(a.stimulus);
    names.insert(a.name);
  }
  if (unshown.empty()) return {};
  const bool one = unshown.size() == 1;
  return {"AOIs (" + Listed(names) + ") lie on " + (one ? "a stimulus" : std::to_string(unshown.size()) + " stimuli") +
          " no recording shows, so there they are never hit (does the file name " + (one ? "it" : "them") +
          " as the export does?): " + Listed(unshown) + "; " +
          (shown.empty() ? std::string("the recordings show no stimulus") : "the stimuli shown are " + Listed(shown))};
}

}  // namespace tobii::aoi
