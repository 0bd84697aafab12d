// LineReader: splits a ByteSource into lines through one buffer.
//
// Lines are returned without their terminator (LF or CRLF); a UTF-8 byte
// order mark at the start of the input is dropped. The buffer starts at
// buffer_bytes and grows, for a line that does not fit, up to
// max_line_bytes (a header of thousands of AOI columns); a line longer than
// that is never held: with a DamageLog it is passed over and counted as
// Damage::kLineTooLong, without one it is an error. So memory is one buffer
// of at most max_line_bytes whatever the file size.
//
// Thread-safety: one reader per thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "io/byte_source.h"
#include "io/damage.h"
#include "tobii/status.h"

namespace tobii::io {

// 1 MiB: thousands of export rows per read(2), small next to any budget.
inline constexpr std::size_t kDefaultReadBufferBytes = std::size_t{1} << 20;
// Longer than any row of any export: 8 MiB is a header of some 100 000
// AOI columns. A longer line is damage, not data.
inline constexpr std::size_t kDefaultMaxLineBytes = std::size_t{8} << 20;

class LineReader {
 public:
  // REQUIRES: `source` (and `damage`, when given) outlive the reader;
  // buffer_bytes >= 2.
  explicit LineReader(ByteSource* source, std::size_t buffer_bytes = kDefaultReadBufferBytes,
                      DamageLog* damage = nullptr, std::size_t max_line_bytes = kDefaultMaxLineBytes);

  // Sets *line to the next line and returns true; returns false at the end of
  // the input or on an error (see status()). *line is valid until the next
  // call. At the end of an input that stopped early (a cut compressed
  // stream), the DamageLog is told (Damage::kCutShort).
  bool Next(std::string_view* line);

  // 1-based number of the line last returned.
  std::int64_t line_number() const { return line_number_; }
  // False when the last line returned had no terminator (the input ended
  // inside it).
  bool line_terminated() const { return line_terminated_; }
  // Bytes of input consumed so far, terminators included.
  std::uint64_t bytes_consumed() const { return bytes_consumed_; }
  // Where the line last returned starts (bytes from the input's start).
  std::uint64_t line_start_byte() const { return line_start_byte_; }
  const Status& status() const { return status_; }

  // Passes over input up to `byte` (counted as bytes_consumed()), so that
  // the next line returned is line `line_number`. REQUIRES: `byte` is the
  // start of a line at or after what was consumed.
  Status SkipTo(std::uint64_t byte, std::int64_t line_number);

 private:
  bool Refill();
  // Passes over the rest of an over-long line; false at the end of input.
  bool SkipLongLine();

  ByteSource* source_;
  DamageLog* damage_;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // first unread byte
  std::size_t end_ = 0;    // one past the last valid byte
  bool at_end_of_input_ = false;
  bool line_terminated_ = true;
  std::int64_t line_number_ = 0;
  std::uint64_t bytes_consumed_ = 0;
  std::uint64_t line_start_byte_ = 0;
  Status status_;
};

}  // namespace tobii::io
