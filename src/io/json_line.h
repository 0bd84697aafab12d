// JsonLine: one line of a JSON Lines file (the Pro Glasses gaze data) parsed
// whole with simdjson's DOM, and small helpers to take numbers from it.
//
// The parser: simdjson (Debian's libsimdjson-dev 3.0.1), chosen over
// nlohmann/json on the figures of bench/glasses_json_bench.cpp, which
// parses the real Glasses files with both, doing the same work (every line
// parsed and the fields the readers use taken from it). On the project's
// shared 2-core machine (AMD EPYC, g++ 12 -O3, others building alongside),
// per line and in MB/s of text:
//
//                         Glasses 3 (~550 B lines)   Glasses 2 (~65 B lines)
//   nlohmann/json DOM        10-12.5 us   43-53 MB/s     2.1-2.3 us  27-30 MB/s
//   simdjson DOM              1.1 us     ~480 MB/s       0.21-0.23 us ~290 MB/s
//   simdjson On-Demand        0.9-1.1 us  480-620 MB/s   0.22-0.28 us 220-290 MB/s
//
// simdjson's DOM is some ten times as fast and allocates nothing per line
// once its buffers have grown to the longest line, where nlohmann/json
// builds a tree of maps and strings for every line: at nlohmann's pace
// the parsing alone of an hour of Glasses 2 packets (~2.2 M lines) would
// take ~5 s of a worker's time, where the whole pass over it takes ~3 s
// with simdjson (0.026 s for the 28.7 s reference recording).
//
// Its DOM rather than its On-Demand API: On-Demand is compiled into the
// caller, and without -march flags runs simdjson's portable kernel, so it
// is no faster here; and the DOM validates the whole line, so a line
// broken anywhere, not only in the fields a reader asks for, is damage.
//
// Memory: one padded copy of the line and the parser's buffers, both sized
// by the longest line read, at most kMaxJsonLineBytes.
// Thread-safety: one JsonLine per thread.
#pragma once

#include <simdjson.h>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace tobii::io {

// A Glasses line is well under 1 KiB (Glasses 3 gaze ~550 bytes, Glasses 2
// packets ~65); one longer than this is no line of theirs, and neither the
// copy nor the parser grows for it.
inline constexpr std::size_t kMaxJsonLineBytes = 64 * 1024;

class JsonLine {
 public:
  JsonLine();

  // Parses `line` as one JSON object. Returns false, with *why saying what
  // is wrong ("simdjson: <its message>", "JSON, but not an object", a line
  // longer than kMaxJsonLineBytes), when it is not one. *object is valid
  // until the next Parse().
  bool Parse(std::string_view line, simdjson::dom::object* object, std::string* why);

 private:
  std::vector<char> padded_;  // the line, then simdjson's padding
  simdjson::dom::parser parser_;
};

// Whether `value` is a JSON number (integer or not) that fits a float
// measurement; *number its value. JSON has no NaN or infinity: a line that
// writes them does not parse at all.
bool JsonNumber(simdjson::dom::element value, double* number);

// Whether `value` is an array of exactly `count` numbers (JsonNumber each).
bool JsonNumbers(simdjson::dom::element value, double* numbers, std::size_t count);

// The value as JSON text, for messages (`found "..."`).
std::string JsonText(simdjson::dom::element value);

// The 1-based column in `line` of the last key of `path`, each key looked
// for after the one before ({"data", "eyeleft", "pupildiameter"}); 1 when
// one is missing. For messages only: keys are matched as plain text.
std::size_t JsonColumn(std::string_view line, std::initializer_list<std::string_view> path);

}  // namespace tobii::io
