#include "analysis/group_comparisons.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "analysis/group_values.h"
#include "stats/benjamini_hochberg.h"

namespace tobii::analysis {
namespace {

RecordingResult Recording(const char* participant, const char* group, double pupil_mm) {
  RecordingResult r;
  r.participant_id = participant;
  r.recording = std::string(participant) + "_" + std::to_string(pupil_mm);
  r.group = group;
  r.pupil_mean_mm = pupil_mm;
  r.duration_s = 60;
  r.samples = 100;
  r.valid_samples = 90;
  return r;
}

double Pupil(const RecordingResult& r) { return r.pupil_mean_mm; }

const ComparisonRow& Row(const std::vector<ComparisonRow>& rows, const std::string& metric,
                         const std::string& behavior = "", const std::string& group = "") {
  for (const ComparisonRow& row : rows) {
    if (row.metric == metric && row.behavior == behavior && (group.empty() || row.group == group)) return row;
  }
  static const ComparisonRow none;
  ADD_FAILURE() << "no row " << behavior << "/" << metric << "/" << group;
  return none;
}

TEST(GroupValues, ParticipantsAreTheUnit) {
  // P1's two sessions are averaged into one value; P3 has no pupil.
  const std::vector<RecordingResult> results = {Recording("P1", "Patient", 4.0), Recording("P1", "Patient", 5.0),
                                                Recording("P2", "Patient", 3.0),
                                                Recording("P3", "Control", std::nan("")),
                                                Recording("P4", "", 9.0)};  // no group: left out
  const std::vector<GroupValues> groups = ValuesByGroup(results, Pupil);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].group, "Control");
  EXPECT_TRUE(groups[0].values.empty());  // listed, with n = 0
  EXPECT_EQ(groups[1].group, "Patient");
  EXPECT_EQ(groups[1].participants, (std::vector<std::string>{"P1", "P2"}));
  EXPECT_EQ(groups[1].values, (std::vector<double>{4.5, 3.0}));
}

TEST(GroupValues, AStudyWithoutGroupsIsOneGroup) {
  const std::vector<GroupValues> groups =
      ValuesByGroup({Recording("P1", "", 4.0), Recording("P2", "", 3.0)}, Pupil);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].group, "");
  EXPECT_EQ(groups[0].values.size(), 2u);
}

TEST(GroupStats, EveryPairOfGroupsIsComparedAndLabelled) {
  std::vector<RecordingResult> results;
  const char* groups[] = {"A", "B", "C"};
  for (int g = 0; g < 3; ++g) {
    for (int p = 0; p < 4; ++p) {
      const std::string id = std::string(groups[g]) + std::to_string(p);
      results.push_back(Recording(id.c_str(), groups[g], 3.0 + g + 0.1 * p));
    }
  }
  const std::vector<ComparisonRow> rows = GroupStats(results);
  std::vector<std::pair<std::string, std::string>> pupil_pairs;
  const ComparisonRow* c_vs_a = nullptr;
  for (const ComparisonRow& row : rows) {
    if (row.metric != "pupil_mean_mm") continue;
    pupil_pairs.emplace_back(row.group, row.reference);
    if (row.group == "C" && row.reference == "A") c_vs_a = &row;
  }
  EXPECT_EQ(pupil_pairs, (std::vector<std::pair<std::string, std::string>>{{"B", "A"}, {"C", "A"}, {"C", "B"}}));
  ASSERT_NE(c_vs_a, nullptr);
  // group - reference: C is 2 mm above A.
  EXPECT_NEAR(c_vs_a->stats.x.mean - c_vs_a->stats.y.mean, 2.0, 1e-12);
  EXPECT_GT(c_vs_a->stats.hedges_g.g, 0);
  // 4 against 4 without ties: the exact test, whose smallest p is 2/70.
  EXPECT_NEAR(c_vs_a->stats.mann_whitney.p, 2.0 / 70.0, 1e-12);
}

TEST(GroupStats, QValuesSpanTheWholeTable) {
  std::vector<RecordingResult> results;
  for (int p = 0; p < 5; ++p) {
    RecordingResult patient = Recording(("P" + std::to_string(p)).c_str(), "Patient", 4.0 + 0.1 * p);
    patient.fixation_duration_mean_ms = 250 + 7 * p;
    patient.blink_duration_mean_ms = 150 + p;
    results.push_back(patient);
    RecordingResult control = Recording(("C" + std::to_string(p)).c_str(), "Control", 3.5 + 0.13 * p);
    control.fixation_duration_mean_ms = 240 + 9 * p;
    control.blink_duration_mean_ms = 140 + 5 * p;
    results.push_back(control);
  }
  const std::vector<ComparisonRow> rows = GroupStats(results);
  std::vector<double> p_values;
  for (const ComparisonRow& row : rows) p_values.push_back(row.stats.welch.p);
  const std::vector<double> q = stats::BenjaminiHochberg(p_values);
  ASSERT_EQ(q.size(), rows.size());
  int tested = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (std::isnan(q[i])) {
      EXPECT_TRUE(std::isnan(rows[i].stats.welch_q)) << rows[i].metric;
    } else {
      EXPECT_DOUBLE_EQ(rows[i].stats.welch_q, q[i]) << rows[i].metric;
      ++tested;
    }
  }
  EXPECT_GE(tested, 3);
}

TEST(BehaviorSummary, BehavioursGetTheMetricsOfTheirKind) {
  std::vector<RecordingResult> results;
  for (int p = 0; p < 3; ++p) {
    for (const char* group : {"Control", "Patient"}) {
      RecordingResult r = Recording((std::string(group) + std::to_string(p)).c_str(), group, 3.5);
      BehaviorResult talk;
      talk.behavior = "talk";
      talk.samples = 10;
      talk.valid_samples = 10;
      talk.pupil_change_pct = (group[0] == 'P' ? 5.0 : 2.0) + p;
      BehaviorResult nod;
      nod.behavior = "nod";
      nod.point = true;
      nod.pupil_response_pct = 1.0;
      r.behaviors = {talk, nod};
      // Only the first Control participant walks.
      if (p == 0 && group[0] == 'C') {
        BehaviorResult walk = talk;
        walk.behavior = "walk";
        r.behaviors.push_back(walk);
      }
      results.push_back(r);
    }
  }
  const std::vector<ComparisonRow> rows = BehaviorSummary(results);
  EXPECT_EQ(rows.front().behavior, "nod");  // behaviours in name order
  for (const ComparisonRow& row : rows) {
    if (row.behavior == "nod") {
      EXPECT_TRUE(row.metric == "pupil_response_mm" || row.metric == "pupil_response_pct") << row.metric;
    } else {
      EXPECT_NE(row.metric, "pupil_response_pct");
    }
  }
  const ComparisonRow& talk = Row(rows, "pupil_change_pct", "talk");
  EXPECT_EQ(talk.group, "Patient");
  EXPECT_EQ(talk.reference, "Control");
  EXPECT_EQ(talk.stats.x.n, 3u);
  EXPECT_DOUBLE_EQ(talk.stats.x.mean, 6.0);
  EXPECT_DOUBLE_EQ(talk.stats.y.mean, 3.0);
  const ComparisonRow& walk = Row(rows, "pupil_change_pct", "walk");
  EXPECT_EQ(walk.stats.x.n, 0u);  // no patient walked
  EXPECT_EQ(walk.stats.y.n, 1u);
  EXPECT_TRUE(std::isnan(walk.stats.welch.p));
}

}  // namespace
}  // namespace tobii::analysis
