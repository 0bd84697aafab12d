#include "io/sniff.h"

#include <memory>
#include <vector>

#include <zlib.h>

#include "io/byte_source.h"
#include "io/column_name.h"
#include "io/fields.h"

namespace tobii::io {

namespace {

// A header row is far shorter than this; a file whose first "line" is longer
// is not a table we read.
constexpr std::size_t kSniffBytes = 64 * 1024;
constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// Keys every BORIS project has (format 1.6 to 7.0), near its start.
constexpr std::string_view kBorisProjectKeys[] = {"\"behaviors_conf\"", "\"project_format_version\""};

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f && static_cast<unsigned char>(bytes[1]) == 0x8b;
}

// Inflates what the gzip `prefix` holds, up to kSniffBytes; damaged or cut
// streams give what was inflated before.
std::string InflatePrefix(std::string_view prefix) {
  std::string out(kSniffBytes, '\0');
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return {};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(prefix.data()));
  z.avail_in = static_cast<uInt>(prefix.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  inflate(&z, Z_SYNC_FLUSH);
  out.resize(out.size() - z.avail_out);
  inflateEnd(&z);
  return out;
}

Status ReadPrefix(const std::string& path, std::string* prefix) {
  std::unique_ptr<ByteSource> source;
  if (Status s = OpenFileSource(path, &source); !s.ok()) return s;
  prefix->assign(kSniffBytes, '\0');
  std::size_t filled = 0, count = 0;
  do {
    if (Status s = source->Read(prefix->data() + filled, kSniffBytes - filled, &count); !s.ok()) return s;
    filled += count;
  } while (count > 0 && filled < kSniffBytes);
  prefix->resize(filled);
  return Status::Ok();
}

}  // namespace

bool LooksLikeBorisProject(std::string_view prefix) {
  std::string inflated;
  if (IsGzip(prefix)) {
    inflated = InflatePrefix(prefix);
    prefix = inflated;
  }
  std::size_t i = prefix.starts_with(kUtf8ByteOrderMark) ? kUtf8ByteOrderMark.size() : 0;
  while (i < prefix.size() && (prefix[i] == ' ' || prefix[i] == '\t' || prefix[i] == '\r' || prefix[i] == '\n')) ++i;
  if (i >= prefix.size() || prefix[i] != '{') return false;
  for (std::string_view key : kBorisProjectKeys) {
    if (prefix.find(key) != std::string_view::npos) return true;
  }
  return false;
}

FileKind SniffFirstLine(std::string_view first_line) {
  const char separator = first_line.find('\t') != std::string_view::npos ? '\t' : ',';
  const std::vector<std::string_view> cells = SplitFields(first_line, separator);
  bool recording_time = false, gaze = false, validity = false, studio_spelling = false;
  bool studio_timestamp = false, studio_eye_gaze = false;  // Tobii Studio 1.x/2.x "All-Data"
  bool recording = false, offset = false;                   // a sync table
  for (std::string_view cell : cells) {
    const std::string key = ParseColumnName(cell).base_key;
    recording = recording || key == "recording";
    offset = offset || key == "offset_s";
  }
  if (recording && offset) return FileKind::kSyncTable;
  for (std::string_view cell : cells) {
    const ColumnName name = ParseColumnName(cell);
    studio_timestamp = studio_timestamp || name.base_key == "timestamp";
    studio_eye_gaze = studio_eye_gaze || name.base_key == "gazepointxleft";
    if (name.base_key == "recordingtimestamp") {
      recording_time = true;
      // Tobii Studio writes `RecordingTimestamp`; Pro Lab `Recording timestamp`.
      studio_spelling = cell.find(' ') == std::string_view::npos;
    }
    gaze = gaze || name.base_key == "gazepointx";
    validity = validity || name.base_key == "validityleft";
    if (name.base_key == "participant_id" && cells.size() >= 2) return FileKind::kParticipantsTable;
    if (name.base_key == "observationid") return FileKind::kBorisExport;
  }
  if (separator == '\t' && recording_time && (gaze || validity)) {
    return studio_spelling ? FileKind::kTobiiStudioExport : FileKind::kProLabExport;
  }
  if (separator == '\t' && studio_timestamp && studio_eye_gaze) return FileKind::kTobiiStudioExport;
  return FileKind::kOther;
}

Status SniffFile(const std::string& path, FileKind* kind) {
  *kind = FileKind::kOther;
  std::string prefix;
  if (Status s = ReadPrefix(path, &prefix); !s.ok()) return s;
  if (LooksLikeBorisProject(prefix)) {
    *kind = FileKind::kBorisProject;
    return Status::Ok();
  }
  // The first line, from the same prefix: a file whose first line does not
  // end within it is no table we read.
  std::string_view text = prefix;
  if (text.starts_with(kUtf8ByteOrderMark)) text.remove_prefix(kUtf8ByteOrderMark.size());
  std::size_t end = text.find('\n');
  if (end == std::string_view::npos) {
    if (prefix.size() == kSniffBytes) return Status::Ok();
    end = text.size();  // a one-line file without a line end
  }
  std::string_view first_line = text.substr(0, end);
  if (first_line.ends_with('\r')) first_line.remove_suffix(1);
  if (first_line.find('\0') != std::string_view::npos) return Status::Ok();
  *kind = SniffFirstLine(first_line);
  return Status::Ok();
}

}  // namespace tobii::io
