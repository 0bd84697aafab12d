// The methods paragraph a researcher pastes into a paper, generated from
// what the run did: the software and its libraries' versions (run.json's
// "versions"), the preprocessing, the detector that ran and its parameters
// with the papers it follows (report/method_references.h), and the tests
// whose p-values the comparison tables hold, their correction and effect
// sizes, between groups (in each condition apart, when the recordings have
// conditions) and within participants between conditions; then the
// references cited. Where no test was run (one group without conditions,
// or groups too small) there is no paragraph but one line saying that
// nothing was compared, and why.
//
// Thread-safety: plain functions.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/csv_file.h"

namespace tobii::report {

// The tests, corrections and effect sizes a table holds values of.
struct TestsRun {
  std::vector<std::string> tests;      // test prefixes with a p anywhere ("mann_whitney")
  std::vector<std::string> corrected;  // of those, the ones with a q anywhere
  std::vector<std::string> effects;    // effect columns with an estimate anywhere ("hedges_g")
  std::string effect_level;            // "95"
};

// What the comparison tables show was done.
struct ComparisonsRun {
  std::vector<std::string> groups;  // every group named, in name order
  std::vector<std::string> pairs;   // "Patient vs Control", in order of first appearance
  TestsRun between;                 // between groups: group_stats.csv, behavior_summary.csv
  bool per_behavior = false;        // a table has a behavior column with rows
  bool per_condition = false;       // a between-group table has a condition column with values
  bool per_interval = false;        // a between-group table has an interval column with values (aoi_summary.csv)
  bool aois = false;                // ... and an aoi column with values
  // Within participants (condition_stats.csv): "L vs G", in order of first
  // appearance, and the paired tests.
  std::vector<std::string> condition_pairs;
  TestsRun within;
};

// `between`: the tables comparing groups (aoi_summary.csv among them when
// written); `within`: condition_stats.csv
// (an empty table when the run wrote none).
ComparisonsRun FindComparisonsRun(const std::vector<const CsvFile*>& between, const CsvFile& within);

// The section's HTML: the paragraph and its references, or the line that
// says nothing was compared.
std::string MethodsSection(const nlohmann::json& run, const ComparisonsRun& comparisons);

}  // namespace tobii::report
