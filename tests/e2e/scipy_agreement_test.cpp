// The run's statistics recomputed by SciPy itself (Debian's python3-scipy,
// which scripts/setup.sh installs for the test suite) from the run's own
// results.json: a generated study of two groups, each participant recorded
// in two conditions, gives between-group tests in each condition
// (group_stats.csv) and within-participant tests (condition_stats.csv)
// equal to scipy.stats' to the six significant digits the tables keep.
// tests/e2e/scipy/check_statistics.py says how each is recomputed.

#include <gtest/gtest.h>

#include <string>

#include "analysis/aoi_comparisons.h"
#include "report/comparison_csv.h"
#include "results/results_file.h"
#include "support/aoi_study.h"
#include "support/program.h"
#include "support/study_files.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::study {
namespace {

using testing::RunCommand;

TEST(SciPyAgreement, BetweenAndWithinParticipantTestsEqualSciPys) {
  std::string found;
  if (RunCommand("/usr/bin/python3 -c 'import scipy' 2>&1", &found) != 0) {
    GTEST_SKIP() << "python3-scipy is not installed (bash scripts/test.sh installs it): " << found;
  }
  gen::testing::TempFolder dir;
  gen::StudyOptions generate = gen::testing::SmallOptions(dir.path() / "study");
  generate.recordings = 16;  // 8 participants, 4 a group, each in conditions G and L
  generate.minutes = 0.2;
  gen::GeneratedStudy truth;
  ASSERT_TRUE(gen::GenerateStudy(generate, &truth).ok());
  RunOptions options;
  options.study = dir.path() / "study";
  options.out = dir.path() / "out";
  options.names_from_path = "data_{condition}/*";
  RunSummary summary;
  const Status s = RunStudy(options, nullptr, &summary);
  ASSERT_TRUE(s.ok()) << s.message();

  std::string out;
  const std::string script = std::string(TOBII_SOURCE_DIR) + "/tests/e2e/scipy/check_statistics.py";
  ASSERT_EQ(RunCommand("/usr/bin/python3 " + script + " " + options.out.string() + " 2>&1", &out), 0) << out;
  // Stored metrics (5 of them) x 2 conditions x 4 statistics between groups,
  // and x 2 groups x 4 statistics within: 80 when every test has a value.
  EXPECT_EQ(out.rfind("checked ", 0), 0u) << "statistics that differ from SciPy's:\n" << out;
  EXPECT_GE(std::stoi(out.substr(out.rfind(' ') + 1)), 60) << out;
}

// aoi_summary.csv of a hand-made study with AOIs (support/aoi_study.h:
// C1's two recordings, face.png shown twice, an occurrence without a
// fixation on the Eyes), against SciPy on the results.json beside it; a
// second time with conditions, compared in each apart.
TEST(SciPyAgreement, AoiComparisonsEqualSciPys) {
  std::string found;
  if (RunCommand("/usr/bin/python3 -c 'import scipy' 2>&1", &found) != 0) {
    GTEST_SKIP() << "python3-scipy is not installed (bash scripts/test.sh installs it): " << found;
  }
  for (const bool conditions : {false, true}) {
    gen::testing::TempFolder dir;
    std::vector<RecordingResult> results = tobii::testing::AoiStudy();
    if (conditions) {
      // Each participant in both conditions: its recording again, every
      // value of the second half shifted (C1's recording b stays in "bright").
      const std::size_t n = results.size();
      for (std::size_t i = 0; i < n; ++i) {
        results[i].condition = "bright";
        RecordingResult dim = results[i];
        dim.condition = "dim";
        dim.recording += "_dim";
        for (IntervalResult& interval : dim.intervals) {
          interval.transition_entropy_bits += 0.1 * static_cast<double>(i);
          for (AoiResult& aoi : interval.aois) aoi.time_to_first_fixation_ms *= 1.0 + 0.05 * static_cast<double>(i);
        }
        results.push_back(dim);
      }
    }
    ASSERT_TRUE(results::WriteResultsFile(dir.path() / results::kResultsFileName, results).ok());
    ASSERT_TRUE(report::WriteComparisonCsv(dir.path() / results::kAoiSummaryTable, analysis::AoiSummary(results),
                                           report::ComparisonTable::kAoiSummary)
                    .ok());
    std::string out;
    const std::string script = std::string(TOBII_SOURCE_DIR) + "/tests/e2e/scipy/check_statistics.py";
    ASSERT_EQ(RunCommand("/usr/bin/python3 " + script + " " + dir.path().string() + " 2>&1", &out), 0) << out;
    EXPECT_EQ(out.rfind("checked ", 0), 0u) << "statistics that differ from SciPy's:\n" << out;
    // Of 2 intervals x 20 metrics x 4 statistics (twice with conditions),
    // those defined: 106 and 218 (a metric the same for every participant
    // has no t).
    EXPECT_GE(std::stoi(out.substr(out.rfind(' ') + 1)), conditions ? 200 : 100) << out;
  }
}

}  // namespace
}  // namespace tobii::study
