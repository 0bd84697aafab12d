#include "boris/boris_reader.h"

#include <memory>

#include "boris/export_reader.h"
#include "boris/project_reader.h"
#include "io/byte_source.h"

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

// A project is JSON (an object, after any byte order mark and white space)
// or gzip (magic 1f 8b).
bool LooksLikeProject(const std::string& bytes) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f && static_cast<unsigned char>(bytes[1]) == 0x8b) {
    return true;
  }
  std::size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) ++i;
  return i < bytes.size() && bytes[i] == '{';
}

}  // namespace

Status ReadBorisFile(const std::string& path, Annotations* out) {
  std::string bytes;
  if (Status s = ReadWhole(path, &bytes); !s.ok()) return s;
  return LooksLikeProject(bytes) ? ReadBorisProject(path, bytes, out) : ReadBorisExport(path, bytes, out);
}

}  // namespace tobii::boris
