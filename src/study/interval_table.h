// The interval table: intervals given by their times, for recordings whose
// export has no events that mark them (a task timed by hand, a stretch cut
// from a video). A CSV or TSV in the study folder, found by its header
// (io/sniff.h), with the columns
//
//   recording       the recording name, or the export's file (relative to
//                   the study), as the sync and design tables name them
//   participant_id  optional, any name io/participants.h knows for it:
//                   which participant's recording of that name
//   interval        the interval's name; a recording may have several,
//                   and one name several times (its occurrences)
//   start_ms        on the recording's clock: the export's `Recording
//   end_ms          timestamp`, as interval_metrics.csv's start_ms is
//
// A study may hold several (one per site, per participant): every one is
// read. Header cells are matched as io::HeaderKey does ("Start (ms)" is
// not "start_ms"; "Start MS" is).
#pragma once

#include <string>
#include <vector>

#include "study/discover.h"
#include "tobii/problem.h"
#include "tobii/status.h"

namespace tobii::study {

struct IntervalRow {
  std::string recording;
  std::string participant_id;  // empty: a recording of that name of any participant
  aoi::TableInterval interval;
};

// Appends an interval table's rows; `name` is the file as messages give
// it. A table without the four columns, a row without a recording or an
// interval name, a time that does not read, an end not after its start,
// or an interval named as the whole recording is ("recording") is an error
// naming the file, line and column: a broken table stops the run before
// the heavy work.
Status ReadIntervalTable(const std::string& path, const std::string& name, std::vector<IntervalRow>* rows);

// Gives each recording the rows that name it (RecordingInput::intervals).
// Reported in *problems: a row naming no recording (warning), a row naming
// several (error: add participant_id; none of them gets it), and two rows
// of one interval name that overlap in one recording (error: none of that
// name's rows is used for it, as its occurrences cannot be told apart).
void AssignIntervals(const std::vector<IntervalRow>& rows, std::vector<RecordingInput>* recordings,
                     std::vector<Problem>* problems);

}  // namespace tobii::study
