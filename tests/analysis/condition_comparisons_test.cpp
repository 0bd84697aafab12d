#include "analysis/condition_comparisons.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "analysis/group_comparisons.h"
#include "stats/relative_near.h"

namespace tobii::analysis {
namespace {

RecordingResult Recording(const std::string& participant, const std::string& group, const std::string& condition,
                          double pupil_mm) {
  RecordingResult r;
  r.participant_id = participant;
  r.recording = participant;
  r.recording.append("_").append(condition).append("_").append(std::to_string(pupil_mm));
  r.group = group;
  r.condition = condition;
  r.pupil_mean_mm = pupil_mm;
  r.duration_s = 60;
  r.samples = 100;
  r.valid_samples = 90;
  return r;
}

// Six participants in conditions A and B; P6 has two recordings in B (their
// mean counts), P7 only one in A (no pair); a second group of its own.
std::vector<RecordingResult> Study() {
  const double a[] = {3.1, 3.4, 2.9, 3.8, 3.3, 3.6};
  const double b[] = {3.0, 3.1, 3.0, 3.2, 3.1};
  std::vector<RecordingResult> results;
  for (int i = 0; i < 6; ++i) {
    const std::string p = std::string("P").append(std::to_string(i + 1));
    results.push_back(Recording(p, "Control", "A", a[i]));
    if (i < 5) results.push_back(Recording(p, "Control", "B", b[i]));
  }
  results.push_back(Recording("P6", "Control", "B", 3.2));
  results.push_back(Recording("P6", "Control", "B", 3.4));
  results.push_back(Recording("P7", "Control", "A", 9.9));
  for (int i = 0; i < 3; ++i) {
    const std::string p = std::string("Q").append(std::to_string(i + 1));
    results.push_back(Recording(p, "Patient", "A", 4.0 + i));
    results.push_back(Recording(p, "Patient", "B", 4.5 + i * 1.1));
  }
  return results;
}

const PairedRow& Row(const std::vector<PairedRow>& rows, const std::string& metric, const std::string& group) {
  for (const PairedRow& row : rows) {
    if (row.metric == metric && row.group == group) return row;
  }
  static const PairedRow none;
  ADD_FAILURE() << "no row " << metric << " " << group;
  return none;
}

TEST(ConditionStats, PairsEachParticipantsMeansAndMatchesSciPy) {
  const std::vector<PairedRow> rows = ConditionStats(Study());
  const PairedRow& control = Row(rows, "pupil_mean_mm", "Control");
  EXPECT_EQ(control.condition, "B");  // the later name against the earlier
  EXPECT_EQ(control.reference, "A");
  const stats::PairedComparison& s = control.stats;
  EXPECT_EQ(s.x.n, 6u);  // P7 has no recording in B
  // A = [3.1, 3.4, 2.9, 3.8, 3.3, 3.6]; B = [3.0, 3.1, 3.0, 3.2, 3.1, (3.2 + 3.4) / 2], SciPy 1.10.1:
  // scipy.stats.wilcoxon(B, A) -> statistic=1.5, pvalue=0.0625
  EXPECT_DOUBLE_EQ(s.wilcoxon.statistic, 1.5);
  EXPECT_RELATIVE_NEAR(s.wilcoxon.p, 0.0625);
  // scipy.stats.ttest_rel(B, A) -> statistic=-2.4445060351935237, pvalue=0.05832930280626261, df=5
  EXPECT_RELATIVE_NEAR(s.paired_t.t, -2.4445060351935237);
  EXPECT_RELATIVE_NEAR(s.paired_t.p, 0.05832930280626261);
  EXPECT_DOUBLE_EQ(s.paired_t.df, 5);
  // d = B - A; d.mean() / d.std(ddof=1) * J(5), J(m) = gamma(m/2) / (sqrt(m/2) gamma((m-1)/2))
  EXPECT_RELATIVE_NEAR(s.hedges_gz.g, -0.8390381035107015);
  EXPECT_NEAR(s.differences.mean, -0.23333333333333325, 1e-12);
  EXPECT_NEAR(s.differences.sd, 0.23380903889000235, 1e-12);

  // Each group is paired within itself, and q-values span the whole table.
  const PairedRow& patient = Row(rows, "pupil_mean_mm", "Patient");
  EXPECT_EQ(patient.stats.x.n, 3u);
  EXPECT_NEAR(patient.stats.differences.mean, (0.5 + 0.6 + 0.7) / 3, 1e-12);
  for (const PairedRow& row : rows) {
    if (std::isfinite(row.stats.wilcoxon.p)) {
      EXPECT_GE(row.stats.wilcoxon_q, row.stats.wilcoxon.p);
    }
  }
}

TEST(ConditionStats, BehavioursArePairedLikeTheRecordings) {
  // The same values as a behaviour's pupil change: the same statistics.
  std::vector<RecordingResult> results = Study();
  for (RecordingResult& r : results) {
    BehaviorResult talk;
    talk.behavior = "talk";
    talk.annotated_s = 10;
    talk.pupil_change_pct = r.pupil_mean_mm;
    r.behaviors.push_back(talk);
  }
  const std::vector<PairedRow> rows = BehaviorConditionStats(results);
  const std::vector<PairedRow> recording_rows = ConditionStats(results);
  const PairedRow* change = nullptr;
  for (const PairedRow& row : rows) {
    EXPECT_EQ(row.behavior, "talk");
    if (row.metric == "pupil_change_pct" && row.group == "Control") change = &row;
  }
  ASSERT_NE(change, nullptr);
  const PairedRow& pupil = Row(recording_rows, "pupil_mean_mm", "Control");
  EXPECT_EQ(change->stats.x.n, pupil.stats.x.n);
  EXPECT_DOUBLE_EQ(change->stats.wilcoxon.p, pupil.stats.wilcoxon.p);
  EXPECT_DOUBLE_EQ(change->stats.paired_t.t, pupil.stats.paired_t.t);
}

TEST(ConditionStats, OneConditionOrNoneGivesNoRows) {
  std::vector<RecordingResult> results = Study();
  const std::string only = Study().front().condition;  // "A"
  for (RecordingResult& r : results) r.condition = only;
  EXPECT_TRUE(ConditionStats(results).empty());
  for (RecordingResult& r : results) r.condition.clear();
  EXPECT_TRUE(ConditionStats(results).empty());
}

TEST(GroupStats, WithConditionsTheGroupsAreComparedInEachApart) {
  const std::vector<ComparisonRow> rows = GroupStats(Study());
  std::vector<std::string> pupil_conditions;
  for (const ComparisonRow& row : rows) {
    if (row.metric != "pupil_mean_mm") continue;
    pupil_conditions.push_back(row.condition);
    if (row.condition == "B") {
      EXPECT_EQ(row.stats.y.n, 6u);  // Control in B: P1-P6
      EXPECT_NEAR(row.stats.y.mean, (3.0 + 3.1 + 3.0 + 3.2 + 3.1 + 3.3) / 6, 1e-12);
    }
    if (row.condition == "A") {
      EXPECT_EQ(row.stats.y.n, 7u);
    }
  }
  EXPECT_EQ(pupil_conditions, (std::vector<std::string>{"A", "B"}));
}

}  // namespace
}  // namespace tobii::analysis
