#include "gen_study/export_file.h"

namespace tobii::gen {

namespace {
constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
}  // namespace

ExportFile::~ExportFile() {
  if (zlib_ready_) deflateEnd(&z_);
}

Status ExportFile::Open(const std::filesystem::path& path, bool gzip) {
  gzip_ = gzip;
  if (gzip_) {
    // 16 + window bits: a gzip header and trailer, as gzip(1) writes.
    if (deflateInit2(&z_, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
      return Status::Error(path.string() + ": cannot start zlib's deflate");
    }
    zlib_ready_ = true;
    block_.resize(kBlockBytes);
  }
  return file_.Open(path);
}

void ExportFile::Deflate(std::string_view bytes, int flush) {
  z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z_.avail_in = static_cast<uInt>(bytes.size());
  do {
    z_.next_out = reinterpret_cast<Bytef*>(block_.data());
    z_.avail_out = static_cast<uInt>(block_.size());
    deflate(&z_, flush);
    const std::size_t produced = block_.size() - z_.avail_out;
    file_.Write(std::string_view(block_.data(), produced));
    bytes_ += produced;
  } while (z_.avail_out == 0 || z_.avail_in > 0);
}

void ExportFile::Write(std::string_view bytes) {
  if (!gzip_) {
    file_.Write(bytes);
    bytes_ += bytes.size();
    return;
  }
  Deflate(bytes, Z_NO_FLUSH);
}

Status ExportFile::Commit() {
  if (gzip_) Deflate({}, Z_FINISH);
  return file_.Commit();
}

}  // namespace tobii::gen
