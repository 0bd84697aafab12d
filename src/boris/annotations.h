// Annotations: what a BORIS file says about its observations, whatever
// format it came in (project file, tabular or aggregated events export):
// each observation's identity, media and time offset, and its coded bouts.
// doc/formats/boris.md describes the formats.
//
// Times are seconds on BORIS's exported axis: the position in the
// observation's media plus the observation's time offset (BORIS adds the
// offset to every time it stores). Aligning them with a recording is a
// later step's (issue 4: pairing and alignment).
//
// Memory: a file's annotations are held whole; they are small (kilobytes
// for an hour of coding) and are read before the recording's pass.
#pragma once

#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "tobii/problem.h"

namespace tobii::boris {

// How BORIS writes "no focal subject" varies ("", "No focal subject");
// readers normalise it to this.
inline constexpr const char* kNoFocalSubject = "";

enum class EventStatus { kStart, kStop, kPoint };

// One coded event as a file holds it, before pairing.
struct CodedEvent {
  double time_s = 0;
  std::string subject;    // kNoFocalSubject when none
  std::string behavior;   // the ethogram's behaviour code
  std::string modifiers;  // the sets joined by '|', kept exactly ("None" is a value)
  EventStatus status = EventStatus::kPoint;
  std::string comment;
  // Where in the file, for messages (1-based): the line of an export, the
  // position in the observation's events list of a project file.
  int line = 0;
};

enum class BoutKind { kState, kPoint };

// A state from its START to its STOP, or a point event (stop == start).
struct Bout {
  std::string subject;
  std::string behavior;
  std::string modifiers;
  BoutKind kind = BoutKind::kPoint;
  double start_s = 0;
  double stop_s = 0;
  std::string comment;  // the START's (or the point's) comment
};

struct Observation {
  std::string id;
  std::string date;                      // as written (ISO, with or without T)
  std::vector<std::string> media_files;  // player 1's queue, as written; empty for live observations
  // BORIS's time offset, already in every time below; NaN where the file
  // does not say (older exports).
  double time_offset_s = std::numeric_limits<double>::quiet_NaN();
  std::vector<std::pair<std::string, std::string>> independent_variables;  // label, value, in file order
  std::vector<Bout> bouts;  // by start time
};

struct Annotations {
  std::string file;
  std::string format;  // e.g. "BORIS project", "BORIS tabular events (>= 8.9.4)"
  std::vector<Observation> observations;
  // What was handled and reported (unpaired events, zero-length states,
  // unknown behaviour types...): Severity::kWarning, Stage::kBoris.
  std::vector<Problem> problems;
};

}  // namespace tobii::boris
