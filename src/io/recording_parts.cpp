#include "io/recording_parts.h"

#include <map>
#include <utility>

namespace tobii::io {

Status ListRecordingsOfRows(LineReader* lines, const RowNamer& names, std::vector<RecordingSelector>* recordings) {
  recordings->clear();
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  std::string participant, recording;
  std::string_view line;
  std::size_t current = 0;  // the recording of the last row that named one
  while (lines->Next(&line)) {
    names(line, &participant, &recording);
    if (participant.empty() && recording.empty()) {
      // A short row (a truncated last row, most often) stays with the
      // recording before it, whose reader then counts the damage.
      if (!line.empty() && current < recordings->size()) (*recordings)[current].end_byte = lines->bytes_consumed();
      continue;
    }
    const auto [it, added] = index.try_emplace({participant, recording}, recordings->size());
    if (added) recordings->push_back({participant, recording, lines->line_start_byte(), lines->line_number(), 0});
    current = it->second;
    (*recordings)[current].end_byte = lines->bytes_consumed();
  }
  return lines->status();
}

Status SkipToRecording(const RecordingSelector& select, LineReader* lines, const ByteSource& source,
                       std::uint64_t* skipped_bytes) {
  if (select.first_byte > lines->bytes_consumed()) {
    if (Status s = lines->SkipTo(select.first_byte, select.first_line); !s.ok()) return s;
  }
  *skipped_bytes = source.bytes_read();
  return Status::Ok();
}

}  // namespace tobii::io
