#include "boris/boris_reader.h"

#include "boris/export_reader.h"
#include "boris/project_reader.h"
#include "io/byte_source.h"
#include "io/sniff.h"

namespace tobii::boris {

Status ReadBorisFile(const std::string& path, Annotations* out) {
  std::string bytes;
  if (Status s = io::ReadWholeFile(path, kMaxProjectBytes, "BORIS file", &bytes); !s.ok()) return s;
  return io::LooksLikeBorisProject(bytes) ? ReadBorisProject(path, bytes, out) : ReadBorisExport(path, bytes, out);
}

}  // namespace tobii::boris
