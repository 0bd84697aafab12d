// ExportFile: where a generated recording's rows go: a file written whole
// or not at all (io/atomic_file.h), gzip-compressed for the formats Tobii
// stores so (zlib, as the Pro Glasses do).
#pragma once

#include <zlib.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "tobii/atomic_file.h"
#include "tobii/status.h"

namespace tobii::gen {

class ExportFile {
 public:
  ExportFile() = default;
  ~ExportFile();
  ExportFile(const ExportFile&) = delete;
  ExportFile& operator=(const ExportFile&) = delete;

  Status Open(const std::filesystem::path& path, bool gzip);
  void Write(std::string_view bytes);
  Status Commit();
  // Bytes written to the file (compressed, for gzip).
  std::uint64_t bytes() const { return bytes_; }

 private:
  void Deflate(std::string_view bytes, int flush);

  io::AtomicFile file_;
  bool gzip_ = false;
  bool zlib_ready_ = false;
  z_stream z_{};
  std::string block_;
  std::uint64_t bytes_ = 0;
};

}  // namespace tobii::gen
