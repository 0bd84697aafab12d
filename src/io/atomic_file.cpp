#include "tobii/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <system_error>

namespace tobii::io {

namespace {
// Large enough that the kernel sees few write calls for big exports.
constexpr std::size_t kWriteBufferBytes = 1 << 20;
}  // namespace

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

Status AtomicFile::Open(const std::filesystem::path& path) {
  path_ = path;
  temporary_ = path;
  temporary_ += ".partial";
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return Status::Error(path.parent_path().string() + ": cannot create folder: " + ec.message());
  file_ = std::fopen(temporary_.c_str(), "wb");
  if (file_ == nullptr) {
    return Status::Error(temporary_.string() + ": cannot open for writing: " + std::strerror(errno));
  }
  std::setvbuf(file_, nullptr, _IOFBF, kWriteBufferBytes);
  write_failed_ = false;
  return Status::Ok();
}

void AtomicFile::Write(std::string_view bytes) {
  if (file_ == nullptr || write_failed_ || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) write_failed_ = true;
}

Status AtomicFile::Commit() {
  if (file_ == nullptr) return Status::Error(path_.string() + ": not open");
  const bool flushed = std::fflush(file_) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  std::error_code ec;
  if (write_failed_ || !flushed || !closed) {
    std::filesystem::remove(temporary_, ec);
    return Status::Error(path_.string() + ": write failed (disk full?)");
  }
  std::filesystem::rename(temporary_, path_, ec);
  if (ec) {
    const std::string why = ec.message();  // before the clean-up's own result replaces it
    std::filesystem::remove(temporary_, ec);
    return Status::Error(path_.string() + ": cannot rename into place: " + why);
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content) {
  AtomicFile file;
  if (Status s = file.Open(path); !s.ok()) return s;
  file.Write(content);
  return file.Commit();
}

}  // namespace tobii::io
