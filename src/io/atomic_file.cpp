#include "tobii/atomic_file.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <string>
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

Status CreateFileOnce(const std::filesystem::path& path, std::string_view content) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return Status::Ok();
  std::array<char, 256> host{};
  (void)::gethostname(host.data(), host.size() - 1);
  std::filesystem::path own = path;
  own += std::string(".") + host.data() + "-" + std::to_string(::getpid());
  if (Status s = WriteFileAtomically(own, content); !s.ok()) return s;
  if (::link(own.c_str(), path.c_str()) == 0 || errno == EEXIST) {
    std::filesystem::remove(own, ec);
    return Status::Ok();
  }
  // A file system without hard links: renamed into place instead, which
  // may replace a file another process put there just before.
  std::filesystem::rename(own, path, ec);
  if (ec) {
    const std::string why = ec.message();
    std::filesystem::remove(own, ec);
    return Status::Error(path.string() + ": cannot put it in place: " + why);
  }
  return Status::Ok();
}

}  // namespace tobii::io
