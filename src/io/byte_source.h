// ByteSource: where a reader's bytes come from. Readers pull bytes into their
// own fixed buffer through this interface, so tests can feed strings, cut the
// input short or fail a read (leveldb's Env/memenv idea), and files are read
// with plain read(2) calls: no mmap, whose pages would count as resident
// memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "tobii/status.h"

namespace tobii::io {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `capacity` bytes into `buffer`, sets *count (0 at end of
  // input). A failed read returns an error and leaves *count at 0.
  virtual Status Read(char* buffer, std::size_t capacity, std::size_t* count) = 0;
  // The name used in messages (the file path).
  virtual const std::string& name() const = 0;
  // Bytes taken from the file so far (for a decoding source, the file's
  // bytes, not the decoded ones): progress and throughput count these.
  virtual std::uint64_t bytes_read() const = 0;
  // Passes over the next `bytes` bytes of what Read() would give.
  virtual Status Skip(std::uint64_t bytes);
  // True, with the reason, when the input stopped before its own end (a
  // compressed stream cut short): its last line cannot be trusted.
  virtual bool ended_early(std::string* why) const {
    (void)why;
    return false;
  }
};

// Opens a file for reading; *source is set on success.
Status OpenFileSource(const std::string& path, std::unique_ptr<ByteSource>* source);

// Serves the bytes of a string (tests, fuzzing). Keeps a copy.
std::unique_ptr<ByteSource> StringSource(std::string name, std::string content);

// Reads a whole small file (a table, an annotation file) into *bytes; a
// file larger than `max_bytes` is an error saying it is too large for what
// `what` names.
Status ReadWholeFile(const std::string& path, std::size_t max_bytes, const std::string& what, std::string* bytes);

}  // namespace tobii::io
