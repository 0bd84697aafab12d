// A recording's own clock offset between its BORIS media time and its
// recording time (boris/alignment.h has the formula), as the sync table
// (study/sync_table.h) and the study config's [[sync]] tables give it.
#pragma once

#include <string>

namespace tobii::boris {

struct ClockSync {
  double offset_s = 0.0;
  double drift_ppm = 0.0;
};

}  // namespace tobii::boris

namespace tobii::study {

struct SyncEntry {
  std::string participant_id;  // empty: a recording of that name of any participant
  std::string recording;
  boris::ClockSync clock;
  std::string where;  // "file:line", for messages
};

}  // namespace tobii::study
