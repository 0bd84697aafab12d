#include "io/content_hash.h"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <fmt/format.h>

namespace tobii::io {

namespace {

// Large enough that the read calls cost nothing beside the hashing.
constexpr std::size_t kHashBufferBytes = std::size_t{1} << 20;

std::string Hex(XXH128_hash_t hash) { return fmt::format("{:016x}{:016x}", hash.high64, hash.low64); }

}  // namespace

Status HashFile(const std::filesystem::path& path, std::string* hex) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(path.string() + ": cannot open: " + std::strerror(errno));
  const std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
  XXH3_128bits_reset(state.get());
  std::vector<char> buffer(kHashBufferBytes);
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      return Status::Error(path.string() + ": cannot read: " + why);
    }
    if (n == 0) break;
    XXH3_128bits_update(state.get(), buffer.data(), static_cast<std::size_t>(n));
  }
  ::close(fd);
  *hex = Hex(XXH3_128bits_digest(state.get()));
  return Status::Ok();
}

std::string HashText(std::string_view bytes) { return Hex(XXH3_128bits(bytes.data(), bytes.size())); }

}  // namespace tobii::io
