#include "io/damage.h"

#include <algorithm>

#include <fmt/format.h>

namespace tobii::io {

namespace {

struct KindText {
  DamageCost cost;
  const char* what;  // completes "N samples lost to ..." / "N rows skipped: ..."
};

const std::array<KindText, kDamageKinds> kKinds = {{
    {DamageCost::kSample, "a value that is not a number or not a known code"},
    {DamageCost::kRow, "a time that is not a number"},
    {DamageCost::kRow, "a time before an earlier sample's"},
    {DamageCost::kRow, "fewer fields than the header"},
    {DamageCost::kRow, "the file ends inside its last row (truncated?)"},
    {DamageCost::kRow, "a line longer than any row can be"},
    {DamageCost::kRow, "a record that does not parse or lacks a sample's fields"},
    {DamageCost::kRest, "the compressed data ends before its end (truncated?): what followed is lost"},
}};

}  // namespace

DamageCost CostOf(Damage kind) { return kKinds[static_cast<int>(kind)].cost; }

void DamageLog::Add(Damage kind, std::string message) {
  const int i = static_cast<int>(kind);
  if (counts_[i]++ == 0) first_[i] = std::move(message);
}

std::int64_t DamageLog::total() const {
  std::int64_t sum = 0;
  for (std::int64_t c : counts_) sum += c;
  return sum;
}

Status DamageLog::CheckTolerable(std::int64_t rows) const {
  const std::int64_t damaged = total();
  if (damaged <= kMinDamagedRowsToFail) return Status::Ok();
  if (static_cast<double>(damaged) <= kMaxDamagedFraction * static_cast<double>(std::max<std::int64_t>(rows, 1))) {
    return Status::Ok();
  }
  const auto worst = std::max_element(counts_.begin(), counts_.end()) - counts_.begin();
  return Status::Error(fmt::format("{} ({} of {} rows damaged, more than {:.0f} %: the recording is not used)",
                                   first_[worst], damaged, rows, 100 * kMaxDamagedFraction));
}

bool DamageLog::Hopeless(std::int64_t rows) const {
  const std::int64_t damaged = total();
  return damaged >= kHopelessDamagedRows &&
         static_cast<double>(damaged) >= kHopelessDamagedFraction * static_cast<double>(rows);
}

std::vector<std::string> DamageLog::Summaries() const {
  std::vector<std::string> out;
  for (int i = 0; i < kDamageKinds; ++i) {
    if (counts_[i] == 0) continue;
    if (kKinds[i].cost == DamageCost::kRest) {
      out.push_back(fmt::format("{} ({})", kKinds[i].what, first_[i]));
      continue;
    }
    const bool sample = kKinds[i].cost == DamageCost::kSample;
    const char* unit = sample ? (counts_[i] == 1 ? "sample" : "samples") : (counts_[i] == 1 ? "row" : "rows");
    out.push_back(fmt::format("{} {} {} {} (first: {})", counts_[i], unit, sample ? "kept as lost:" : "skipped:",
                              kKinds[i].what, first_[i]));
  }
  out.insert(out.end(), notes_.begin(), notes_.end());
  return out;
}

}  // namespace tobii::io
