// Status: the outcome of an operation that can fail on bad input.
//
// A Status is either ok or carries one human-readable message. Messages about
// input data follow the compiler convention `file:line:column: what was
// expected, found "..."` so that editors and terminals can jump to the spot.
// Library code never prints or exits; it returns a Status and the caller
// decides (leveldb's Status, simdjson's error codes).
//
// Thread-safety: a Status is a plain value; distinct objects may be used from
// distinct threads.
#pragma once

#include <string>
#include <utility>

namespace tobii {

class [[nodiscard]] Status {
 public:
  // Success.
  Status() = default;
  static Status Ok() { return Status(); }

  // Failure with a message; an empty message is replaced so that a failed
  // Status is never mistaken for success.
  static Status Error(std::string message) {
    Status s;
    s.failed_ = true;
    s.message_ = message.empty() ? "unknown error" : std::move(message);
    return s;
  }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  bool failed_ = false;
  std::string message_;
};

}  // namespace tobii
