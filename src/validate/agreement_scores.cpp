#include "tobii/validate/agreement_scores.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tobii::validate {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMillisecondsPerSecond = 1000.0;

double Ratio(std::int64_t part, std::int64_t whole) {
  return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : kNaN;
}

}  // namespace

BinaryTable& BinaryTable::operator+=(const BinaryTable& other) {
  both += other.both;
  only_a += other.only_a;
  only_b += other.only_b;
  neither += other.neither;
  return *this;
}

BinaryTable CountBinary(std::span<const Label> a, std::span<const Label> b, Label value) {
  BinaryTable table;
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const bool in_a = a[i] == value;
    const bool in_b = b[i] == value;
    if (in_a && in_b) {
      ++table.both;
    } else if (in_a) {
      ++table.only_a;
    } else if (in_b) {
      ++table.only_b;
    } else {
      ++table.neither;
    }
  }
  return table;
}

double CohenKappa(const BinaryTable& table) {
  const std::int64_t n = table.total();
  if (n == 0) return kNaN;
  const double observed = Ratio(table.both + table.neither, n);
  const double a_yes = Ratio(table.both + table.only_a, n);
  const double b_yes = Ratio(table.both + table.only_b, n);
  const double chance = a_yes * b_yes + (1.0 - a_yes) * (1.0 - b_yes);
  if (chance >= 1.0) return kNaN;
  return (observed - chance) / (1.0 - chance);
}

double BinaryKappa(std::span<const Label> a, std::span<const Label> b, Label value) {
  return CohenKappa(CountBinary(a, b, value));
}

double StackedKappa(std::span<const Label> labels, std::span<const Label> coder_a, std::span<const Label> coder_b,
                    Label value) {
  BinaryTable table = CountBinary(labels, coder_a, value);
  table += CountBinary(labels, coder_b, value);
  return CohenKappa(table);
}

std::int64_t CountDifferent(std::span<const Label> a, std::span<const Label> b) {
  std::int64_t different = 0;
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) different += a[i] != b[i] ? 1 : 0;
  return different;
}

double MisclassificationRate(std::span<const Label> labels, std::span<const Label> coder) {
  return Ratio(CountDifferent(labels, coder), static_cast<std::int64_t>(std::min(labels.size(), coder.size())));
}

void AppendRunLengths(std::span<const Label> labels, Label value, std::vector<std::int64_t>* lengths) {
  std::size_t i = 0;
  while (i < labels.size()) {
    if (labels[i] != value) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < labels.size() && labels[end] == value) ++end;
    if (i > 0 && end < labels.size()) lengths->push_back(static_cast<std::int64_t>(end - i));
    i = end;
  }
}

EventStats StatsOfRuns(std::span<const std::int64_t> lengths_samples, double sample_rate_hz) {
  EventStats stats;
  stats.count = static_cast<std::int64_t>(lengths_samples.size());
  if (stats.count == 0) {
    stats.mean_ms = stats.sd_ms = kNaN;
    return stats;
  }
  const double ms_per_sample = kMillisecondsPerSecond / sample_rate_hz;
  double sum = 0;
  for (const std::int64_t n : lengths_samples) sum += static_cast<double>(n) * ms_per_sample;
  stats.mean_ms = sum / static_cast<double>(stats.count);
  double squares = 0;
  for (const std::int64_t n : lengths_samples) {
    const double d = static_cast<double>(n) * ms_per_sample - stats.mean_ms;
    squares += d * d;
  }
  stats.sd_ms = stats.count > 1 ? std::sqrt(squares / static_cast<double>(stats.count - 1)) : 0.0;
  return stats;
}

std::int64_t EventsToLabels(std::span<const std::int64_t> times_us, std::span<const Event> events,
                            std::vector<Label>* labels) {
  labels->assign(times_us.size(), kNoCode);
  std::int64_t claimed_twice = 0;
  for (const Event& event : events) {
    if (event.type == EventType::kBlink) continue;
    const Label label = event.type == EventType::kFixation ? kFixationCode : kSaccadeCode;
    const auto first = std::lower_bound(times_us.begin(), times_us.end(), event.onset_us);
    const auto end = std::lower_bound(first, times_us.end(), event.offset_us);
    for (auto it = first; it != end; ++it) {
      Label& slot = (*labels)[static_cast<std::size_t>(it - times_us.begin())];
      if (slot != kNoCode) ++claimed_twice;
      slot = label;
    }
  }
  return claimed_twice;
}

void CoderAgreement::Add(std::span<const Label> labels, std::span<const Label> coder_mn,
                         std::span<const Label> coder_ra) {
  const std::span<const Label> coders[2] = {coder_mn, coder_ra};
  for (int c = 0; c < 2; ++c) {
    fixation_[c] += CountBinary(labels, coders[c], kFixationCode);
    saccade_[c] += CountBinary(labels, coders[c], kSaccadeCode);
    different_[c] += CountDifferent(labels, coders[c]);
  }
  samples_ += static_cast<std::int64_t>(labels.size());
  fixation_samples_ += std::count(labels.begin(), labels.end(), kFixationCode);
  saccade_samples_ += std::count(labels.begin(), labels.end(), kSaccadeCode);
  AppendRunLengths(labels, kFixationCode, &fixation_runs_);
  AppendRunLengths(labels, kSaccadeCode, &saccade_runs_);
}

double CoderAgreement::KappaStacked(Label value) const {
  BinaryTable table = Table(value, 0);
  table += Table(value, 1);
  return CohenKappa(table);
}

double CoderAgreement::MisclassificationVsMn() const { return Ratio(different_[0], samples_); }
double CoderAgreement::MisclassificationVsRa() const { return Ratio(different_[1], samples_); }
double CoderAgreement::Misclassification() const {
  return 0.5 * (MisclassificationVsMn() + MisclassificationVsRa());
}

const BinaryTable& CoderAgreement::Table(Label value, int coder) const {
  return value == kFixationCode ? fixation_[coder] : saccade_[coder];
}

}  // namespace tobii::validate
