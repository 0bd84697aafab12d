// LineReader: splits a ByteSource into lines through one fixed-size buffer.
//
// Lines are returned without their terminator (LF or CRLF); a UTF-8 byte
// order mark at the start of the input is dropped. A line may be no longer
// than the buffer; a longer one is an error, never a reallocation, so memory
// is exactly one buffer whatever the file size.
//
// Thread-safety: one reader per thread.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "io/byte_source.h"
#include "tobii/status.h"

namespace tobii::io {

// 1 MiB: thousands of export rows per read(2), small next to any budget.
inline constexpr std::size_t kDefaultReadBufferBytes = std::size_t{1} << 20;

class LineReader {
 public:
  // REQUIRES: `source` outlives the reader; buffer_bytes >= 2.
  explicit LineReader(ByteSource* source, std::size_t buffer_bytes = kDefaultReadBufferBytes);

  // Sets *line to the next line and returns true; returns false at the end of
  // the input or on an error (see status()). *line is valid until the next
  // call.
  bool Next(std::string_view* line);

  // 1-based number of the line last returned.
  std::int64_t line_number() const { return line_number_; }
  // False when the last line returned had no terminator (the input ended
  // inside it).
  bool line_terminated() const { return line_terminated_; }
  // Bytes of input consumed so far, terminators included.
  std::uint64_t bytes_consumed() const { return bytes_consumed_; }
  const Status& status() const { return status_; }

 private:
  bool Refill();

  ByteSource* source_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // first unread byte
  std::size_t end_ = 0;    // one past the last valid byte
  bool at_end_of_input_ = false;
  bool line_terminated_ = true;
  std::int64_t line_number_ = 0;
  std::uint64_t bytes_consumed_ = 0;
  Status status_;
};

}  // namespace tobii::io
