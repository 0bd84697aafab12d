// The design table: which condition (and session) each recording belongs
// to, for studies whose folders do not say (names-from-path's {condition}
// and {session} read it from the path instead). A CSV or TSV in the study
// folder, found by its header (io/sniff.h), with the columns
//
//   recording       the recording name, or the export's file (relative to
//                   the study), as the sync table names recordings
//   participant_id  optional, any name io/participants.h knows for it
//                   (participant, subject, id...): which participant's
//                   recording of that name
//   condition       at least one of these two
//   session
//
// Header cells are matched as io::HeaderKey does ("Condition", "Session ID"
// is not "session"). study/design_assignment.h gives each recording its row.
#pragma once

#include <string>
#include <vector>

#include "tobii/status.h"

namespace tobii::study {

struct DesignRow {
  std::string recording;
  std::string participant_id;  // empty: a recording of that name of any participant
  std::string condition;       // empty: the row gives none
  std::string session;
  std::string where;  // "file:line", for messages
};

struct DesignTable {
  std::string file;  // as messages give it
  bool has_condition = false;
  bool has_session = false;
  std::vector<DesignRow> rows;
};

// Reads a design table; `name` is the file as messages give it. A table
// without a `recording` column or with neither `condition` nor `session`, a
// row without a recording name, or a row of more fields than the header
// (a delimiter inside an unquoted name would shift its columns) is an
// error naming the file, line and column: a wrong design would compare the
// wrong recordings, so a broken table stops the run before the heavy work.
//
// Memory: the whole table (refused above kMaxDesignTableBytes) and its
// fields.
Status ReadDesignTable(const std::string& path, const std::string& name, DesignTable* table);

}  // namespace tobii::study
