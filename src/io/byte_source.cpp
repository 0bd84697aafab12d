#include "io/byte_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

namespace tobii::io {

namespace {

class FileSource final : public ByteSource {
 public:
  FileSource(std::string name, int fd) : name_(std::move(name)), fd_(fd) {}
  ~FileSource() override { ::close(fd_); }

  Status Read(char* buffer, std::size_t capacity, std::size_t* count) override {
    *count = 0;
    while (true) {
      const ssize_t n = ::read(fd_, buffer, capacity);
      if (n >= 0) {
        *count = static_cast<std::size_t>(n);
        bytes_read_ += *count;
        return Status::Ok();
      }
      if (errno != EINTR) return Status::Error(name_ + ": read failed: " + std::strerror(errno));
    }
  }
  const std::string& name() const override { return name_; }
  std::uint64_t bytes_read() const override { return bytes_read_; }
  Status Skip(std::uint64_t bytes) override {
    if (::lseek(fd_, static_cast<off_t>(bytes), SEEK_CUR) < 0) {
      return Status::Error(name_ + ": cannot seek: " + std::strerror(errno));
    }
    bytes_read_ += bytes;
    return Status::Ok();
  }

 private:
  std::string name_;
  int fd_;
  std::uint64_t bytes_read_ = 0;
};

class MemorySource final : public ByteSource {
 public:
  MemorySource(std::string name, std::string content)
      : name_(std::move(name)), content_(std::move(content)) {}

  Status Read(char* buffer, std::size_t capacity, std::size_t* count) override {
    *count = std::min(capacity, content_.size() - position_);
    std::memcpy(buffer, content_.data() + position_, *count);
    position_ += *count;
    return Status::Ok();
  }
  const std::string& name() const override { return name_; }
  std::uint64_t bytes_read() const override { return position_; }
  Status Skip(std::uint64_t bytes) override {
    position_ += std::min<std::uint64_t>(bytes, content_.size() - position_);
    return Status::Ok();
  }

 private:
  std::string name_;
  std::string content_;
  std::size_t position_ = 0;
};

}  // namespace

Status ByteSource::Skip(std::uint64_t bytes) {
  constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
  std::vector<char> block(static_cast<std::size_t>(std::min<std::uint64_t>(bytes, kBlockBytes)));
  while (bytes > 0) {
    std::size_t count = 0;
    if (Status s = Read(block.data(), static_cast<std::size_t>(std::min<std::uint64_t>(bytes, block.size())), &count);
        !s.ok()) {
      return s;
    }
    if (count == 0) return Status::Ok();
    bytes -= count;
  }
  return Status::Ok();
}

Status OpenFileSource(const std::string& path, std::unique_ptr<ByteSource>* source) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(path + ": cannot open: " + std::strerror(errno));
  // Tell the kernel we read front to back once, so it reads ahead.
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  *source = std::make_unique<FileSource>(path, fd);
  return Status::Ok();
}

std::unique_ptr<ByteSource> StringSource(std::string name, std::string content) {
  return std::make_unique<MemorySource>(std::move(name), std::move(content));
}

Status ReadWholeFile(const std::string& path, std::size_t max_bytes, const std::string& what, std::string* bytes) {
  constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
  std::unique_ptr<ByteSource> source;
  if (Status s = OpenFileSource(path, &source); !s.ok()) return s;
  bytes->clear();
  std::size_t count = 0;
  do {
    const std::size_t at = bytes->size();
    if (at > max_bytes) return Status::Error(path + ": larger than any " + what + ", not read");
    bytes->resize(at + kBlockBytes);
    if (Status s = source->Read(bytes->data() + at, kBlockBytes, &count); !s.ok()) return s;
    bytes->resize(at + count);
  } while (count > 0);
  return Status::Ok();
}

}  // namespace tobii::io
