#include "report/covariates.h"

#include <algorithm>
#include <set>

namespace tobii::report {

std::vector<std::string> CovariateNames(const std::vector<RecordingResult>& results) {
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const RecordingResult& r : results) {
    if (r.covariates == nullptr) continue;
    for (const auto& [name, value] : *r.covariates) {
      if (seen.insert(name).second) names.push_back(name);
    }
  }
  return names;
}

std::string CovariateColumn(const std::string& name, const std::vector<std::string>& taken) {
  const bool clash = std::find(taken.begin(), taken.end(), name) != taken.end();
  return clash ? "covariate_" + name : name;
}

const std::string& CovariateValue(const RecordingResult& result, const std::string& name) {
  static const std::string kNone;
  if (result.covariates == nullptr) return kNone;
  for (const auto& [covariate, value] : *result.covariates) {
    if (covariate == name) return value;
  }
  return kNone;
}

}  // namespace tobii::report
