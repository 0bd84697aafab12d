// The run's statistics recomputed by SciPy itself (Debian's python3-scipy,
// which scripts/setup.sh installs for the test suite) from the run's own
// results.json: a generated study of two groups, each participant recorded
// in two conditions, gives between-group tests in each condition
// (group_stats.csv) and within-participant tests (condition_stats.csv)
// equal to scipy.stats' to the six significant digits the tables keep.
// tests/e2e/scipy/check_statistics.py says how each is recomputed.

#include <gtest/gtest.h>

#include <string>

#include "support/program.h"
#include "support/study_files.h"
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

}  // namespace
}  // namespace tobii::study
