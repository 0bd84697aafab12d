#include "io/sniff.h"

#include <memory>
#include <vector>

#include "io/byte_source.h"
#include "io/column_name.h"
#include "io/fields.h"
#include "io/line_reader.h"

namespace tobii::io {

namespace {

// A header row is far shorter than this; a file whose first "line" is longer
// is not a table we read.
constexpr std::size_t kSniffBytes = 64 * 1024;

}  // namespace

FileKind SniffFirstLine(std::string_view first_line) {
  const char separator = first_line.find('\t') != std::string_view::npos ? '\t' : ',';
  const std::vector<std::string_view> cells = SplitFields(first_line, separator);
  bool recording_time = false, gaze = false, validity = false, studio_spelling = false;
  bool studio_timestamp = false, studio_eye_gaze = false;  // Tobii Studio 1.x/2.x "All-Data"
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
  std::unique_ptr<ByteSource> source;
  if (Status s = OpenFileSource(path, &source); !s.ok()) return s;
  LineReader lines(source.get(), kSniffBytes);
  std::string_view first_line;
  if (!lines.Next(&first_line)) return Status::Ok();  // empty, or no line end in reach
  if (first_line.find('\0') != std::string_view::npos) return Status::Ok();
  *kind = SniffFirstLine(first_line);
  return Status::Ok();
}

}  // namespace tobii::io
