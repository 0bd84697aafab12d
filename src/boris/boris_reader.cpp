#include "boris/boris_reader.h"

#include <memory>

#include "boris/export_reader.h"
#include "boris/project_reader.h"
#include "io/byte_source.h"
#include "io/sniff.h"

namespace tobii::boris {

namespace {

constexpr std::size_t kReadBlockBytes = std::size_t{1} << 16;

Status ReadWhole(const std::string& path, std::string* bytes) {
  std::unique_ptr<io::ByteSource> source;
  if (Status s = io::OpenFileSource(path, &source); !s.ok()) return s;
  bytes->clear();
  std::size_t count = 0;
  do {
    const std::size_t at = bytes->size();
    if (at > kMaxProjectBytes) return Status::Error(path + ": larger than any BORIS file, not read");
    bytes->resize(at + kReadBlockBytes);
    if (Status s = source->Read(bytes->data() + at, kReadBlockBytes, &count); !s.ok()) return s;
    bytes->resize(at + count);
  } while (count > 0);
  return Status::Ok();
}

}  // namespace

Status ReadBorisFile(const std::string& path, Annotations* out) {
  std::string bytes;
  if (Status s = ReadWhole(path, &bytes); !s.ok()) return s;
  return io::LooksLikeBorisProject(bytes) ? ReadBorisProject(path, bytes, out) : ReadBorisExport(path, bytes, out);
}

}  // namespace tobii::boris
