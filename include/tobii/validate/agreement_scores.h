// Agreement scores between per-sample labellings of the same recordings:
// the measures Andersson et al. (2017, "One algorithm to rule them all?")
// use to score event detectors against human coders, on plain label
// vectors (one small integer per sample, the codes below).
//
// - Cohen's kappa for one event type E: both labellings made binary ("is E"
//   / "is not E") and counted into a 2x2 table; kappa = (p_o - p_e) / (1 - p_e).
// - The paper's kappa against two coders: the detector's labels duplicated
//   and compared with the coders' labels one after the other, which is the
//   sum of the two 2x2 tables.
// - Misclassification: the share of samples whose label differs from a
//   coder's, every code counted (so a detector that gives no PSO label is
//   wrong on every PSO sample).
// - Event statistics: each run of one label is an event, its duration is
//   its number of samples over the sample rate; number, mean and SD
//   (n - 1) of the durations. Like the paper, runs that touch the first or
//   the last sample of a recording are left out: they are cut off, and
//   their true duration is unknown.
//
// Everything pools over recordings by adding (tables, counts, durations),
// which equals scoring the concatenation. Plain functions and values, no
// state beyond what they are given; thread-compatible.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tobii/event.h"

namespace tobii::validate {

// A sample's label. Codes of the Andersson et al. data (its MANIFEST.md):
// coders use 1-6; the published algorithms 0 (no label), 1-3 and, for
// LNS, 5.
using Label = std::uint8_t;
inline constexpr Label kNoCode = 0;
inline constexpr Label kFixationCode = 1;
inline constexpr Label kSaccadeCode = 2;
inline constexpr Label kPsoCode = 3;
inline constexpr Label kPursuitCode = 4;
inline constexpr Label kBlinkCode = 5;
inline constexpr Label kUndefinedCode = 6;

// The 2x2 table of two binary labellings a and b.
struct BinaryTable {
  std::int64_t both = 0;    // a and b say E
  std::int64_t only_a = 0;  // a says E, b does not
  std::int64_t only_b = 0;
  std::int64_t neither = 0;

  std::int64_t total() const { return both + only_a + only_b + neither; }
  BinaryTable& operator+=(const BinaryTable& other);
};

// Counts samples i by whether a[i] == value and b[i] == value.
// REQUIRES: a.size() == b.size().
BinaryTable CountBinary(std::span<const Label> a, std::span<const Label> b, Label value);

// Cohen's kappa of the table: (p_o - p_e) / (1 - p_e) with p_e from the
// marginals. NaN when p_e is 1 (both labellings constant and equal, or an
// empty table): agreement beyond chance is then undefined.
double CohenKappa(const BinaryTable& table);

// Kappa of a against b for one label value.
double BinaryKappa(std::span<const Label> a, std::span<const Label> b, Label value);

// The paper's kappa of `labels` against two coders at once: `labels`
// duplicated against [coder_a; coder_b]. REQUIRES: equal sizes.
double StackedKappa(std::span<const Label> labels, std::span<const Label> coder_a, std::span<const Label> coder_b,
                    Label value);

// Number of samples i with a[i] != b[i]. REQUIRES: a.size() == b.size().
std::int64_t CountDifferent(std::span<const Label> a, std::span<const Label> b);

// Share of samples whose labels differ, 0-1; NaN for no samples.
double MisclassificationRate(std::span<const Label> labels, std::span<const Label> coder);

// Appends to *lengths the length, in samples, of every run of `value` in
// `labels` that neither starts at the first sample nor ends at the last.
void AppendRunLengths(std::span<const Label> labels, Label value, std::vector<std::int64_t>* lengths);

// Number, mean and sample SD (n - 1 in the denominator) of event
// durations. Mean and SD are NaN without events; SD is 0 for one event.
struct EventStats {
  std::int64_t count = 0;
  double mean_ms = 0;
  double sd_ms = 0;
};
EventStats StatsOfRuns(std::span<const std::int64_t> lengths_samples, double sample_rate_hz);

// Per-sample labels from events: sample i is labelled with the type of the
// fixation or saccade that holds its time (onset_us <= times_us[i] <
// offset_us), kFixationCode or kSaccadeCode; other samples kNoCode.
// Blinks give no label (the coders' blink code is not comparable with a
// detector's loss of data). Returns how many samples two events claimed
// (0 for events that do not overlap); the later event wins.
// REQUIRES: times_us ascending.
std::int64_t EventsToLabels(std::span<const std::int64_t> times_us, std::span<const Event> events,
                            std::vector<Label>* labels);

// One labelling (a detector's or a coder's) scored against both coders,
// pooled over the recordings given to Add(): the columns of the paper's
// tables for fixations and saccades.
class CoderAgreement {
 public:
  // REQUIRES: labels, coder_mn and coder_ra of equal size (one recording).
  void Add(std::span<const Label> labels, std::span<const Label> coder_mn, std::span<const Label> coder_ra);

  // Kappa for `value` against MN alone, RA alone, and both stacked (the
  // paper's). REQUIRES: value is kFixationCode or kSaccadeCode.
  double KappaVsMn(Label value) const { return CohenKappa(Table(value, 0)); }
  double KappaVsRa(Label value) const { return CohenKappa(Table(value, 1)); }
  double KappaStacked(Label value) const;

  // Misclassification rate against MN, against RA, and their mean (the
  // paper's), 0-1.
  double MisclassificationVsMn() const;
  double MisclassificationVsRa() const;
  double Misclassification() const;

  // Event statistics of the labelling itself.
  EventStats Fixations(double sample_rate_hz) const { return StatsOfRuns(fixation_runs_, sample_rate_hz); }
  EventStats Saccades(double sample_rate_hz) const { return StatsOfRuns(saccade_runs_, sample_rate_hz); }

  // Samples this labelling gave `value` (0 means it does not detect it).
  std::int64_t Labelled(Label value) const { return value == kFixationCode ? fixation_samples_ : saccade_samples_; }
  std::int64_t samples() const { return samples_; }

 private:
  const BinaryTable& Table(Label value, int coder) const;

  BinaryTable fixation_[2];  // against MN, RA
  BinaryTable saccade_[2];
  std::int64_t different_[2] = {0, 0};
  std::int64_t samples_ = 0;
  std::int64_t fixation_samples_ = 0;
  std::int64_t saccade_samples_ = 0;
  std::vector<std::int64_t> fixation_runs_;  // lengths in samples
  std::vector<std::int64_t> saccade_runs_;
};

}  // namespace tobii::validate
