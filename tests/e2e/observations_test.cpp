// observations.csv as a researcher's statistics software meets it: read by
// pandas (Debian's python3-pandas) and by R (r-base-core) with no options,
// one row per recording and metric (and per recording, behaviour and
// metric), its values numbers, its design columns filled. scripts/setup.sh
// installs both for the test suite; where one is missing its part is
// skipped, saying so.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "analysis/aoi_comparisons.h"
#include "metrics/result_fields.h"
#include "support/program.h"
#include "support/study_files.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

using testing::RunCommand;

class Observations : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new gen::testing::TempFolder;
    gen::StudyOptions generate = gen::testing::SmallOptions(dir_->path() / "study");
    generate.recordings = 4;
    ASSERT_TRUE(gen::GenerateStudy(generate, &truth_).ok());
    RunOptions options;
    options.study = dir_->path() / "study";
    options.out = dir_->path() / "out";
    options.names_from_path = "data_{condition}/*";
    RunSummary summary;
    const Status s = RunStudy(options, nullptr, &summary);
    ASSERT_TRUE(s.ok()) << s.message();
    for (const RecordingResult& r : summary.results) {
      expected_rows_ += kRecordingMetrics;
      for (const BehaviorResult& b : r.behaviors) {
        for (const metrics::BehaviorField& f : metrics::BehaviorFields()) {
          expected_rows_ += (f.appears & metrics::kCompared) && metrics::AppliesTo(f, b);
        }
      }
      if (!analysis::HasAoiResults(summary.results)) continue;  // else no AOI rows
      for (const IntervalResult& interval : r.intervals) {
        for (const metrics::IntervalField& f : metrics::IntervalFields()) {
          expected_rows_ += (f.appears & metrics::kCompared) != 0;
        }
        for (const metrics::AoiField& f : metrics::AoiFields()) {
          expected_rows_ += ((f.appears & metrics::kCompared) != 0) * static_cast<int>(interval.aois.size());
        }
      }
    }
    path_ = (options.out / results::kObservationsTable).string();
  }
  static void TearDownTestSuite() { delete dir_; }

  static inline gen::testing::TempFolder* dir_ = nullptr;
  static inline gen::GeneratedStudy truth_;
  static inline std::string path_;
  static inline int expected_rows_ = 0;
  static inline const int kRecordingMetrics = [] {
    int n = 0;
    for (const metrics::RecordingField& f : metrics::RecordingFields()) n += (f.appears & metrics::kCompared) != 0;
    return n;
  }();
};

TEST_F(Observations, PandasReadsItWithNoOptions) {
  std::string found;
  if (RunCommand("/usr/bin/python3 -c 'import pandas' 2>&1", &found) != 0) {
    GTEST_SKIP() << "python3-pandas is not installed (bash scripts/test.sh installs it): " << found;
  }
  std::string out;
  const std::string script =
      "import pandas as pd\n"
      "d = pd.read_csv('" + path_ + "')\n"
      "print(len(d), d['value'].dtype, d['participant_id'].nunique(), sorted(d['condition'].unique()),\n"
      "      d['age'].dtype, d.loc[d['behavior'].isna() & d['interval'].isna(), 'metric'].nunique())\n";
  ASSERT_EQ(RunCommand("/usr/bin/python3 -c \"" + script + "\"", &out), 0) << out;
  EXPECT_EQ(out, std::to_string(expected_rows_) + " float64 2 ['G', 'L'] int64 " +
                     std::to_string(kRecordingMetrics) + "\n");
}

TEST_F(Observations, RReadsItWithNoOptions) {
  std::string found;
  if (RunCommand("command -v Rscript 2>&1", &found) != 0) {
    GTEST_SKIP() << "R is not installed (bash scripts/test.sh installs r-base-core)";
  }
  const fs::path script = dir_->path() / "read.R";
  std::ofstream(script) << "d <- read.csv('" << path_
                        << "')\ncat(nrow(d), is.numeric(d$value), length(unique(d$participant_id)), "
                           "sort(unique(d$condition)), is.numeric(d$age), '\\n')\n";
  // In a locale every Debian has: R warns on standard error about one the
  // machine lacks (a LANG passed on by ssh, say), and that is not the table.
  const fs::path errors = dir_->path() / "read.R.err";
  std::string out;
  const int status =
      RunCommand("LC_ALL=C.UTF-8 Rscript \"" + script.string() + "\" 2>\"" + errors.string() + "\"", &out);
  std::ifstream in(errors);
  const std::string said{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  ASSERT_EQ(status, 0) << out << said;
  EXPECT_EQ(out, std::to_string(expected_rows_) + " TRUE 2 G L TRUE \n") << said;
}

}  // namespace
}  // namespace tobii::study
