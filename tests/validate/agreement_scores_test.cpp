// The agreement measures of tobii/validate/agreement_scores.h on tables
// and label vectors small enough to work out by hand.

#include "tobii/validate/agreement_scores.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace tobii::validate {
namespace {

constexpr Label F = kFixationCode;
constexpr Label S = kSaccadeCode;
constexpr Label P = kPsoCode;
constexpr Label N = kNoCode;

TEST(AgreementScores, CountBinarySortsSamplesIntoTheFourCells) {
  const std::vector<Label> a = {F, F, S, S, F, N};
  const std::vector<Label> b = {F, S, F, S, P, F};
  const BinaryTable t = CountBinary(a, b, F);
  EXPECT_EQ(t.both, 1);     // sample 0
  EXPECT_EQ(t.only_a, 2);   // samples 1, 4
  EXPECT_EQ(t.only_b, 2);   // samples 2, 5
  EXPECT_EQ(t.neither, 1);  // sample 3
  EXPECT_EQ(t.total(), 6);
}

TEST(AgreementScores, PerfectAgreementIsOne) {
  const std::vector<Label> a = {F, F, S, N, F, S};
  EXPECT_DOUBLE_EQ(BinaryKappa(a, a, F), 1.0);
  EXPECT_DOUBLE_EQ(BinaryKappa(a, a, S), 1.0);
}

TEST(AgreementScores, ChanceAgreementIsZero) {
  // Each says "fixation" half the time, independently: p_o = p_e = 1/2.
  EXPECT_DOUBLE_EQ(CohenKappa({.both = 1, .only_a = 1, .only_b = 1, .neither = 1}), 0.0);
  EXPECT_DOUBLE_EQ(CohenKappa({.both = 25, .only_a = 25, .only_b = 25, .neither = 25}), 0.0);
}

TEST(AgreementScores, CompleteDisagreementIsMinusOne) {
  const std::vector<Label> a = {F, N, F, N};
  const std::vector<Label> b = {N, F, N, F};
  EXPECT_DOUBLE_EQ(BinaryKappa(a, b, F), -1.0);
}

TEST(AgreementScores, WorkedExample) {
  // 50 samples: both 20, only a 5, only b 10, neither 15.
  // p_o = 35/50 = 0.7; a says yes 25/50 = 0.5, b 30/50 = 0.6;
  // p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
  EXPECT_NEAR(CohenKappa({.both = 20, .only_a = 5, .only_b = 10, .neither = 15}), 0.4, 1e-12);
}

TEST(AgreementScores, KappaIsUndefinedWhenChanceExplainsEverything) {
  const std::vector<Label> a = {F, F, F};
  EXPECT_TRUE(std::isnan(BinaryKappa(a, a, F)));
  EXPECT_TRUE(std::isnan(CohenKappa(BinaryTable{})));
}

TEST(AgreementScores, StackedKappaIsTheKappaOfBothTablesAdded) {
  const std::vector<Label> ours = {F, F, S, S, N, F};
  const std::vector<Label> mn = {F, S, S, S, F, F};
  const std::vector<Label> ra = {F, F, S, N, N, P};
  BinaryTable sum = CountBinary(ours, mn, S);
  sum += CountBinary(ours, ra, S);
  EXPECT_DOUBLE_EQ(StackedKappa(ours, mn, ra, S), CohenKappa(sum));
  // The duplicated vector against the concatenation, written out.
  const std::vector<Label> twice = {F, F, S, S, N, F, F, F, S, S, N, F};
  const std::vector<Label> both = {F, S, S, S, F, F, F, F, S, N, N, P};
  EXPECT_DOUBLE_EQ(StackedKappa(ours, mn, ra, S), BinaryKappa(twice, both, S));
  // Against two identical coders it is the plain kappa.
  EXPECT_DOUBLE_EQ(StackedKappa(ours, mn, mn, F), BinaryKappa(ours, mn, F));
}

TEST(AgreementScores, MisclassificationCountsEveryDifferentCode) {
  const std::vector<Label> ours = {F, S, N, F};
  const std::vector<Label> coder = {F, S, P, S};
  EXPECT_EQ(CountDifferent(ours, coder), 2);
  EXPECT_DOUBLE_EQ(MisclassificationRate(ours, coder), 0.5);
}

TEST(AgreementScores, RunsTouchingTheEndsAreNotEvents) {
  //                               0  1  2  3  4  5  6  7  8  9  10
  const std::vector<Label> labels = {F, F, S, S, S, F, N, F, F, S, F};
  std::vector<std::int64_t> fixations, saccades;
  AppendRunLengths(labels, F, &fixations);  // [0,2) and [10,11) touch the ends
  AppendRunLengths(labels, S, &saccades);
  EXPECT_EQ(fixations, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(saccades, (std::vector<std::int64_t>{3, 1}));
}

TEST(AgreementScores, RunStatisticsAreInMillisecondsWithSampleSd) {
  // 1, 2, 3 samples at 500 Hz: 2, 4, 6 ms; mean 4, SD sqrt((4 + 0 + 4) / 2) = 2.
  const std::vector<std::int64_t> lengths = {1, 2, 3};
  const EventStats stats = StatsOfRuns(lengths, 500.0);
  EXPECT_EQ(stats.count, 3);
  EXPECT_DOUBLE_EQ(stats.mean_ms, 4.0);
  EXPECT_DOUBLE_EQ(stats.sd_ms, 2.0);

  const std::vector<std::int64_t> one = {10};
  EXPECT_DOUBLE_EQ(StatsOfRuns(one, 500.0).mean_ms, 20.0);
  EXPECT_DOUBLE_EQ(StatsOfRuns(one, 500.0).sd_ms, 0.0);
  const EventStats none = StatsOfRuns({}, 500.0);
  EXPECT_EQ(none.count, 0);
  EXPECT_TRUE(std::isnan(none.mean_ms));
}

Event MakeEvent(EventType type, std::int64_t onset_us, std::int64_t offset_us) {
  Event e;
  e.type = type;
  e.onset_us = onset_us;
  e.offset_us = offset_us;
  return e;
}

TEST(AgreementScores, EventsLabelTheSamplesFromOnsetUpToOffset) {
  const std::vector<std::int64_t> times = {0, 2000, 4000, 6000, 8000, 10000};
  const std::vector<Event> events = {MakeEvent(EventType::kFixation, 0, 4000),
                                     MakeEvent(EventType::kSaccade, 4000, 6000),
                                     MakeEvent(EventType::kBlink, 6000, 10000)};
  std::vector<Label> labels;
  EXPECT_EQ(EventsToLabels(times, events, &labels), 0);
  EXPECT_EQ(labels, (std::vector<Label>{F, F, S, N, N, N}));
}

TEST(AgreementScores, OverlappingEventsAreCounted) {
  const std::vector<std::int64_t> times = {0, 2000, 4000, 6000};
  const std::vector<Event> events = {MakeEvent(EventType::kFixation, 0, 4000),
                                     MakeEvent(EventType::kSaccade, 2000, 6000)};
  std::vector<Label> labels;
  EXPECT_EQ(EventsToLabels(times, events, &labels), 1);
  EXPECT_EQ(labels, (std::vector<Label>{F, S, S, N}));
}

TEST(AgreementScores, CoderAgreementPoolsRecordingsAsIfConcatenated) {
  const std::vector<Label> ours1 = {F, F, S, F, F}, mn1 = {F, S, S, F, F}, ra1 = {F, F, S, P, F};
  const std::vector<Label> ours2 = {S, F, F, S, F}, mn2 = {F, F, F, S, F}, ra2 = {F, F, S, S, S};
  CoderAgreement pooled;
  pooled.Add(ours1, mn1, ra1);
  pooled.Add(ours2, mn2, ra2);
  const std::vector<Label> ours = {F, F, S, F, F, S, F, F, S, F};
  const std::vector<Label> mn = {F, S, S, F, F, F, F, F, S, F};
  const std::vector<Label> ra = {F, F, S, P, F, F, F, S, S, S};
  EXPECT_DOUBLE_EQ(pooled.KappaStacked(F), StackedKappa(ours, mn, ra, F));
  EXPECT_DOUBLE_EQ(pooled.KappaStacked(S), StackedKappa(ours, mn, ra, S));
  EXPECT_DOUBLE_EQ(pooled.KappaVsMn(S), BinaryKappa(ours, mn, S));
  EXPECT_DOUBLE_EQ(pooled.KappaVsRa(F), BinaryKappa(ours, ra, F));
  EXPECT_DOUBLE_EQ(pooled.MisclassificationVsMn(), 2.0 / 10.0);
  EXPECT_DOUBLE_EQ(pooled.MisclassificationVsRa(), 4.0 / 10.0);
  EXPECT_DOUBLE_EQ(pooled.Misclassification(), 3.0 / 10.0);
  EXPECT_EQ(pooled.samples(), 10);
  EXPECT_EQ(pooled.Labelled(S), 3);
  // Runs never cross recordings: recording 1 has the saccade [2,3),
  // recording 2 the fixation [1,3) and the saccade [3,4).
  EXPECT_EQ(pooled.Fixations(500.0).count, 1);
  EXPECT_DOUBLE_EQ(pooled.Fixations(500.0).mean_ms, 4.0);
  EXPECT_EQ(pooled.Saccades(500.0).count, 2);
  EXPECT_DOUBLE_EQ(pooled.Saccades(500.0).mean_ms, 2.0);
}

}  // namespace
}  // namespace tobii::validate
