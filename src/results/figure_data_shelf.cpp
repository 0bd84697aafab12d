#include "results/figure_data_shelf.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>
#include <vector>

namespace tobii::results {

namespace {

// The shelved part is three arrays, each its element count (64 bits) and
// then its elements, in this process's own byte order: the file is read
// back only by the process that wrote it.
template <typename T>
void Append(const std::vector<T>& values, std::string* bytes) {
  const std::uint64_t count = values.size();
  bytes->append(reinterpret_cast<const char*>(&count), sizeof count);
  if (count != 0) bytes->append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

template <typename T>
const char* Take(const char* at, const char* end, std::vector<T>* values) {
  std::uint64_t count = 0;
  if (end - at < static_cast<std::ptrdiff_t>(sizeof count))
    throw std::system_error(EIO, std::generic_category());
  std::memcpy(&count, at, sizeof count);
  at += sizeof count;
  if (static_cast<std::uint64_t>(end - at) / sizeof(T) < count)
    throw std::system_error(EIO, std::generic_category());
  values->resize(count);
  // Integers or pairs of floats. An empty vector's data() may be null,
  // which memcpy may not be given even for no bytes.
  if (count != 0) std::memcpy(static_cast<void*>(values->data()), at, count * sizeof(T));
  return at + count * sizeof(T);
}

// An unnamed file in `folder`; where the file system cannot make one
// (O_TMPFILE is Linux's, and not every file system has it), a named one
// removed at once.
int OpenScratchFile(const std::filesystem::path& folder) {
  const int fd = open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  std::string name = (folder / ".figure-data-XXXXXX").string();
  const int named = mkostemp(name.data(), O_CLOEXEC);
  if (named >= 0) unlink(name.c_str());
  return named;
}

}  // namespace

FigureDataShelf::~FigureDataShelf() { Close(); }

void FigureDataShelf::Close() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
}

Status FigureDataShelf::Open(const std::filesystem::path& folder) {
  fd_ = OpenScratchFile(folder);
  if (fd_ < 0)
    return Status::Error(folder.string() + ": no scratch file for the figure data: " + std::strerror(errno));
  return Status::Ok();
}

Status FigureDataShelf::Put(FigureData* data) {
  std::string bytes;
  Append(data->gaze.counts, &bytes);
  Append(data->fixation_duration_counts, &bytes);
  Append(data->saccades, &bytes);
  const std::uint64_t offset = end_.fetch_add(bytes.size());
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n =
        pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      return Status::Error(std::string("the figure data's scratch file: ") +
                           std::strerror(n < 0 ? errno : ENOSPC));
    done += static_cast<std::size_t>(n);
  }
  // Swapped with empty vectors, not cleared, so that their memory goes.
  std::vector<std::uint32_t>().swap(data->gaze.counts);
  std::vector<std::uint32_t>().swap(data->fixation_duration_counts);
  std::vector<std::pair<float, float>>().swap(data->saccades);
  data->shelved = {.offset = offset, .bytes = bytes.size()};
  return Status::Ok();
}

const FigureData& FigureDataShelf::View(const FigureData& data, FigureData* scratch) const {
  if (data.shelved.bytes == 0) return data;
  std::string bytes(data.shelved.bytes, '\0');
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n =
        pread(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(data.shelved.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0)
      throw std::system_error(n < 0 ? errno : EIO, std::generic_category(), "the figure data's scratch file");
    done += static_cast<std::size_t>(n);
  }
  scratch->gaze = data.gaze;  // its size and screen; the counts follow
  scratch->fixation_bin_ms = data.fixation_bin_ms;
  scratch->sample.reset();
  scratch->shelved = {};
  const char* at = bytes.data();
  const char* end = at + bytes.size();
  at = Take(at, end, &scratch->gaze.counts);
  at = Take(at, end, &scratch->fixation_duration_counts);
  Take(at, end, &scratch->saccades);
  return *scratch;
}

}  // namespace tobii::results
