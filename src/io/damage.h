// Damage: what a flaw in a recording's data costs, decided here for every
// reader, so that one bad cell never costs more than its sample and a file
// of garbage never passes for a recording.
//
//   kind                cost     example
//   kBadValue           sample   `abc`, `NaN` or `inf` in a gaze or pupil cell;
//                                an unknown validity code
//   kBadTime            row      a sample's time cell that is not a number
//   kTimeBackwards      row      a sample timed before an earlier one
//   kShortRow           row      a row with fewer fields than the columns used
//   kTruncatedLastRow   row      the file ends inside its last row
//   kLineTooLong        line     a line longer than any row can be
//   kBadRecord          line     a JSON line that does not parse, or lacks
//                                what a sample needs
//   kCutShort           rest     a compressed stream that ends before its
//                                end marker: what followed is lost
//
// A sample that costs itself is kept as lost (neither eye valid), so the
// sampling clock stays whole; a row or line that costs itself is passed
// over. Past kMaxDamagedFraction of the rows (and more than
// kMinDamagedRowsToFail of them), the recording as a whole cannot be
// trusted and fails with the first message of its commonest damage.
//
// A note (Note()) is what a reader passes over that costs no data: the
// export holds more than it can carry (AOI hit columns past
// kMaxAoiColumns). It is said with the damage, and counts as none.
//
// Thread-safety: one log per reader.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "tobii/status.h"

namespace tobii::io {

enum class Damage : int {
  kBadValue,
  kBadTime,
  kTimeBackwards,
  kShortRow,
  kTruncatedLastRow,
  kLineTooLong,
  kBadRecord,
  kCutShort,
};
inline constexpr int kDamageKinds = 8;

enum class DamageCost { kSample, kRow, kRest };

DamageCost CostOf(Damage kind);

// A recording whose damaged rows and samples pass this share of all its
// rows fails: a fifth of the data gone means the rest is in doubt too (a
// clock that restarted, a file overwritten part-way, another format).
inline constexpr double kMaxDamagedFraction = 0.2;
// ...but a handful of damaged rows in a short file is not enough to fail it.
inline constexpr std::int64_t kMinDamagedRowsToFail = 20;
// Readers stop early, rather than read gigabytes of garbage to the end,
// once this many rows are damaged and they are most of what was read.
inline constexpr std::int64_t kHopelessDamagedRows = 1000;
inline constexpr double kHopelessDamagedFraction = 0.9;

class DamageLog {
 public:
  // Counts one flaw; `message` (`file:line:column: expected ..., found
  // "..."`) is kept for the first of each kind.
  void Add(Damage kind, std::string message);

  std::int64_t count(Damage kind) const { return counts_[static_cast<int>(kind)]; }
  std::int64_t total() const;
  const std::string& first_message(Damage kind) const { return first_[static_cast<int>(kind)]; }

  // Fails, with the first message of the commonest kind, when the damage
  // passes the limits above for a recording of `rows` rows in all.
  Status CheckTolerable(std::int64_t rows) const;
  // Whether, after `rows` rows, the recording is past saving (see above).
  bool Hopeless(std::int64_t rows) const;

  // Keeps `message`, a sentence on something passed over that costs no
  // data (see above); not counted in total().
  void Note(std::string message) { notes_.push_back(std::move(message)); }
  const std::vector<std::string>& notes() const { return notes_; }

  // One sentence per kind seen, for problems.csv and the terminal: `3 rows
  // skipped: a time that is not a number (first: FILE:12:1: expected ...)`;
  // then the notes.
  std::vector<std::string> Summaries() const;

 private:
  std::array<std::int64_t, kDamageKinds> counts_{};
  std::array<std::string, kDamageKinds> first_;
  std::vector<std::string> notes_;
};

}  // namespace tobii::io
