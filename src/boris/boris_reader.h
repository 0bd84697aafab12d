// Any BORIS file to Annotations, recognised by its content, never by its
// name (io::LooksLikeBorisProject): a project file (`.boris` JSON, or
// gzip-compressed) goes to
// project_reader.h, a text export (tabular or aggregated events, TSV or
// CSV) to export_reader.h. Other files get a clear error saying what they
// look like (an Excel export, an observations list, ...).
//
// Memory: the whole file (refused above kMaxProjectBytes), then the
// annotations.
#pragma once

#include <string>

#include "boris/annotations.h"
#include "tobii/status.h"

namespace tobii::boris {

Status ReadBorisFile(const std::string& path, Annotations* out);

}  // namespace tobii::boris
