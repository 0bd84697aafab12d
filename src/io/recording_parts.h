// The recordings of a tabular export that holds several (a Pro Lab or
// Studio export of a whole project), found by the names on its rows, and
// the way to one of them: shared by the tabular readers.
//
// Rows are grouped by recording in every export seen; rows of several
// recordings interleaved are still listed, each recording's range then
// overlapping others', whose rows its reader passes over by their names.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "io/byte_source.h"
#include "io/line_reader.h"
#include "io/sample_reader.h"
#include "tobii/status.h"

namespace tobii::io {

// A row's participant and recording; both empty for a row that does not
// say (a blank or short one), which belongs to the recording before it.
using RowNamer = std::function<void(std::string_view line, std::string* participant, std::string* recording)>;

// Reads the rest of `lines` and lists every recording named on its rows,
// in the order they first appear, with where their rows lie.
Status ListRecordingsOfRows(LineReader* lines, const RowNamer& names, std::vector<RecordingSelector>* recordings);

// Moves `lines` to the selected recording's first row. *skipped_bytes is
// what the source had read by then (its own units: a compressed file's
// bytes), which the reader does not count as its recording's.
Status SkipToRecording(const RecordingSelector& select, LineReader* lines, const ByteSource& source,
                       std::uint64_t* skipped_bytes);

}  // namespace tobii::io
