// AtomicFile: an output file that appears under its final name only when it
// is complete. Bytes go to `<name>.partial` beside the target; Commit()
// flushes, closes and renames it. A file that is destroyed without Commit()
// (an error, an exception, a crash) removes its temporary, so an interrupted
// run never leaves a half-written output.
//
// Thread-safety: one object per thread. Memory: one stdio buffer.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "tobii/status.h"

namespace tobii::io {

class AtomicFile {
 public:
  AtomicFile() = default;
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Opens `<path>.partial` for writing; creates missing parent folders.
  Status Open(const std::filesystem::path& path);

  // REQUIRES: Open() succeeded. Errors are remembered and reported by Commit().
  void Write(std::string_view bytes);

  // Flushes, closes and renames to the final name.
  Status Commit();

 private:
  std::filesystem::path path_;
  std::filesystem::path temporary_;
  std::FILE* file_ = nullptr;
  bool write_failed_ = false;
};

// Writes `content` to `path` atomically.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

// Writes `content` to `path` unless a file is there already; safe when
// processes on several machines sharing a network file system do it at
// once (shards tagging one cache): the file is written under a name of its
// own (host and process) and linked into place, which either succeeds
// whole or finds the file there. (Where the file system has no hard
// links, it is renamed into place: two writers at once may then both
// write it, each whole.)
Status CreateFileOnce(const std::filesystem::path& path, std::string_view content);

}  // namespace tobii::io
