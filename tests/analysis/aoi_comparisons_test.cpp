#include "analysis/aoi_comparisons.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "stats/benjamini_hochberg.h"
#include "support/aoi_study.h"

namespace tobii::analysis {
namespace {

const ComparisonRow* Find(const std::vector<ComparisonRow>& rows, const std::string& interval,
                          const std::string& aoi, const std::string& metric,
                          const std::string& condition = "") {
  for (const ComparisonRow& row : rows) {
    if (row.interval == interval && row.aoi == aoi && row.metric == metric && row.condition == condition)
      return &row;
  }
  return nullptr;
}

TEST(AoiSummary, AStudyWithoutAoisOrIntervalsHasNone) {
  RecordingResult r;
  r.participant_id = "P1";
  r.group = "Patient";
  IntervalResult whole;
  whole.interval = kWholeRecording;
  whole.kind = "recording";
  whole.end_ms = 1000;
  r.intervals = {whole};  // the whole recording, no AOI: what the pass leaves without AOIs
  EXPECT_FALSE(HasAoiResults({r, RecordingResult{}}));
  EXPECT_TRUE(AoiSummary({r}).empty());

  IntervalResult shown = whole;  // a stimulus without AOIs: its entropies are compared
  shown.interval = "face.png";
  shown.kind = "stimulus";
  r.intervals.push_back(shown);
  EXPECT_TRUE(HasAoiResults({r}));
  EXPECT_TRUE(HasAoiResults(testing::AoiStudy()));
}

// Participants are the unit: each recording's value is the mean over the
// occurrences that have one (time to first fixation: those where the AOI
// was fixated), each participant's the mean of its recordings' (C1 has
// two). The participant means are those of support/aoi_study.h; the
// statistics are SciPy's on them (scipy 1.10.1):
//
//   from scipy import stats; import numpy as np; from scipy.special import gammaln
//   def g(x, y):  # Hedges' g with the exact correction
//       x, y = np.asarray(x), np.asarray(y); df = len(x) + len(y) - 2
//       sp = np.sqrt(((len(x)-1)*x.var(ddof=1) + (len(y)-1)*y.var(ddof=1)) / df)
//       return (x.mean()-y.mean())/sp * np.exp(gammaln(df/2) - np.log(np.sqrt(df/2)) - gammaln((df-1)/2))
//   for pat, con in [([450,350,650],[150,300,250]), ([45,40,50],[25,15,25]), ([1.4,1.0,1.7],[0.8,0.5,1.1])]:
//       u = stats.mannwhitneyu(pat, con, alternative='two-sided', method='auto')
//       t = stats.ttest_ind(pat, con, equal_var=False)
//       print(u.statistic, u.pvalue, t.statistic, t.pvalue, g(pat, con))
//
//   9.0 0.1 2.5354627641855494 0.08668880248742777 1.6517779672231732
//   9.0 0.07652250047505922 5.291502622129181 0.006476453629108524 3.4472552972176063
//   8.0 0.2 2.1249999999999987 0.10245657756424341 1.3843737837249388
struct Reference {
  const char* aoi;
  const char* metric;
  double u, u_p, t, t_p, g;
  double patient_mean, control_mean;
};

TEST(AoiSummary, ParticipantsAreTheUnitAndTheTestsAgreeWithSciPy) {
  const std::vector<ComparisonRow> rows = AoiSummary(testing::AoiStudy());
  const Reference references[] = {
      {"Eyes", "time_to_first_fixation_ms", 9, 0.1, 2.5354627641855494, 0.08668880248742777,
       1.6517779672231732, 1450.0 / 3, 700.0 / 3},
      {"Mouth", "dwell_time_pct", 9, 0.07652250047505922, 5.291502622129181, 0.006476453629108524,
       3.4472552972176063, 45, 65.0 / 3},
      {"", "transition_entropy_bits", 8, 0.2, 2.1249999999999987, 0.10245657756424341, 1.3843737837249388,
       4.1 / 3, 2.4 / 3},
  };
  for (const Reference& ref : references) {
    const ComparisonRow* row = Find(rows, "face.png", ref.aoi, ref.metric);
    ASSERT_NE(row, nullptr) << ref.metric;
    EXPECT_EQ(row->group, "Patient");
    EXPECT_EQ(row->reference, "Control");
    EXPECT_EQ(row->stats.x.n, 3u) << ref.metric;
    EXPECT_EQ(row->stats.y.n, 3u) << ref.metric;
    EXPECT_NEAR(row->stats.x.mean, ref.patient_mean, 1e-12) << ref.metric;
    EXPECT_NEAR(row->stats.y.mean, ref.control_mean, 1e-12) << ref.metric;
    EXPECT_DOUBLE_EQ(row->stats.mann_whitney.u, ref.u) << ref.metric;
    EXPECT_NEAR(row->stats.mann_whitney.p, ref.u_p, 1e-12) << ref.metric;
    EXPECT_NEAR(row->stats.welch.t, ref.t, 1e-12) << ref.metric;
    EXPECT_NEAR(row->stats.welch.p, ref.t_p, 1e-12) << ref.metric;
    EXPECT_NEAR(row->stats.hedges_g.g, ref.g, 1e-12) << ref.metric;
  }
}

TEST(AoiSummary, TheWholeRecordingComesFirstThenEachIntervalsOwnMetricsThenItsAois) {
  const std::vector<ComparisonRow> rows = AoiSummary(testing::AoiStudy());
  ASSERT_GE(rows.size(), 4u);
  EXPECT_EQ(rows[0].interval, "recording");
  EXPECT_EQ(rows[0].aoi, "");
  EXPECT_EQ(rows[0].metric, "transition_entropy_bits");
  EXPECT_EQ(rows[1].metric, "stationary_entropy_bits");
  EXPECT_EQ(rows[2].aoi, "Eyes");
  EXPECT_EQ(rows[2].metric, "total_duration_of_fixations_ms");
  // The whole recording's AOIs are compared too; the metrics not compared
  // (repeating another) are not.
  EXPECT_NE(Find(rows, "recording", "Mouth", "dwell_time_pct"), nullptr);
  EXPECT_EQ(Find(rows, "face.png", "Mouth", "dwell_time_ms"), nullptr);
  EXPECT_EQ(Find(rows, "face.png", "Eyes", "number_of_revisits"), nullptr);
  // Two intervals x (2 interval metrics + 2 AOIs x 9 AOI metrics), one pair of groups.
  EXPECT_EQ(rows.size(), 2u * (2 + 2 * 9));
  EXPECT_EQ(rows.back().interval, "face.png");
  EXPECT_EQ(rows.back().aoi, "Mouth");
}

// One Benjamini-Hochberg family: the whole table.
TEST(AoiSummary, TwoStimuliArePooledAsAllStimuliByAoiName) {
  std::vector<RecordingResult> results = testing::AoiStudy();
  // Each recording's second showing of face.png becomes another face.
  for (RecordingResult& r : results) {
    int shown = 0;
    for (IntervalResult& interval : r.intervals) {
      if (interval.interval == "face.png" && ++shown == 2) interval.interval = "face2.png";
    }
  }
  const std::vector<ComparisonRow> rows = AoiSummary(results);
  const auto row = [&](const std::string& interval, const std::string& aoi, const std::string& metric) {
    for (const ComparisonRow& r : rows) {
      if (r.interval == interval && r.aoi == aoi && r.metric == metric && !r.reference.empty()) return &r;
    }
    return static_cast<const ComparisonRow*>(nullptr);
  };
  // Pooled, a participant's value is the mean over both presentations, as
  // face.png's was over its two showings before.
  const std::vector<ComparisonRow> before = AoiSummary(testing::AoiStudy());
  const ComparisonRow* pooled = row(kAllStimuli, "Eyes", "time_to_first_fixation_ms");
  ASSERT_NE(pooled, nullptr);
  for (const ComparisonRow& r : before) {
    if (r.interval == "face.png" && r.aoi == "Eyes" && r.metric == "time_to_first_fixation_ms" &&
        !r.reference.empty()) {
      EXPECT_DOUBLE_EQ(pooled->stats.x.mean, r.stats.x.mean);
      EXPECT_DOUBLE_EQ(pooled->stats.y.mean, r.stats.y.mean);
      EXPECT_DOUBLE_EQ(pooled->stats.mann_whitney.p, r.stats.mann_whitney.p);
    }
  }
  EXPECT_NE(row("face2.png", "Eyes", "time_to_first_fixation_ms"), nullptr);
  // Right after the whole recording.
  std::size_t first_pooled = rows.size(), last_whole = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].interval == kWholeRecording) last_whole = i;
    if (rows[i].interval == kAllStimuli) first_pooled = std::min(first_pooled, i);
  }
  EXPECT_EQ(first_pooled, last_whole + 1);
  // One stimulus alone is not pooled.
  for (const ComparisonRow& r : before) EXPECT_NE(r.interval, kAllStimuli);
}

TEST(AoiSummary, QValuesSpanTheWholeTable) {
  const std::vector<ComparisonRow> rows = AoiSummary(testing::AoiStudy());
  std::vector<double> p_values;
  for (const ComparisonRow& row : rows) p_values.push_back(row.stats.welch.p);
  const std::vector<double> q = stats::BenjaminiHochberg(p_values);
  int tested = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (std::isnan(q[i])) {
      EXPECT_TRUE(std::isnan(rows[i].stats.welch_q))
          << rows[i].interval << " " << rows[i].aoi << " " << rows[i].metric;
      continue;
    }
    EXPECT_DOUBLE_EQ(rows[i].stats.welch_q, q[i])
        << rows[i].interval << " " << rows[i].aoi << " " << rows[i].metric;
    ++tested;
  }
  EXPECT_GE(tested, 3);
}

// With conditions, the groups are compared in each condition apart, as in
// group_stats.csv.
TEST(AoiSummary, ConditionsAreComparedApart) {
  std::vector<RecordingResult> results = testing::AoiStudy();
  for (RecordingResult& r : results) r.condition = r.recording == "b" ? "dim" : "bright";
  const std::vector<ComparisonRow> rows = AoiSummary(results);
  const ComparisonRow* bright = Find(rows, "face.png", "Eyes", "time_to_first_fixation_ms", "bright");
  const ComparisonRow* dim = Find(rows, "face.png", "Eyes", "time_to_first_fixation_ms", "dim");
  ASSERT_NE(bright, nullptr);
  ASSERT_NE(dim, nullptr);
  EXPECT_DOUBLE_EQ(bright->stats.y.mean, (100.0 + 300 + 250) / 3);  // C1's recording a alone
  EXPECT_EQ(dim->stats.y.n, 1u);                                    // C1's recording b: 200
  EXPECT_DOUBLE_EQ(dim->stats.y.mean, 200);
  EXPECT_EQ(dim->stats.x.n, 0u);
}

}  // namespace
}  // namespace tobii::analysis
