// The methods paragraph a researcher pastes into a paper, generated from
// what the run did: the software and its libraries' versions (run.json's
// "versions"), the preprocessing, the detector that ran and its parameters
// with the papers it follows (report/method_references.h), and the tests
// whose p-values the comparison tables hold, their correction and effect
// sizes; then the references cited. Where no test was run (one group, or
// groups too small) there is no paragraph but one line saying that nothing
// was compared, and why.
//
// Thread-safety: plain functions.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/csv_file.h"

namespace tobii::report {

// What the comparison tables show was done.
struct ComparisonsRun {
  std::vector<std::string> groups;                // every group named, in name order
  std::vector<std::string> pairs;                 // "Patient vs Control", in order of first appearance
  std::vector<std::string> tests;                 // test prefixes with a p anywhere ("mann_whitney")
  std::vector<std::string> corrected;             // of those, the ones with a q anywhere
  std::vector<std::string> effects;               // effect columns with an estimate anywhere ("hedges_g")
  std::string effect_level;                       // "95"
  bool per_behavior = false;                      // a table has a behavior column with rows
};

ComparisonsRun FindComparisonsRun(const std::vector<const CsvFile*>& tables);

// The section's HTML: the paragraph and its references, or the line that
// says nothing was compared.
std::string MethodsSection(const nlohmann::json& run, const ComparisonsRun& comparisons);

}  // namespace tobii::report
