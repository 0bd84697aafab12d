// Pairing coded events into bouts, by BORIS's own rule: within one
// observation, a state's START and STOP pair up in time order per subject,
// behaviour and exact modifier string (project_functions.events_start_stop).
// Two bouts of one behaviour with different modifiers may overlap.
//
// Handled and reported (Problem, Severity::kWarning, Stage::kBoris; the
// message starts `file:line: observation "ID":`, in line order), never
// fatal:
// - a STOP with no running START: dropped;
// - a START while the same state runs: ignored (the running bout goes on);
// - a START never stopped: dropped (BORIS itself refuses to export it);
// - a zero-length state (STOP at the START's time): dropped, it covers no
//   sample.
// Points become bouts of zero length, which are kept.
#pragma once

#include <string>
#include <vector>

#include "boris/annotations.h"

namespace tobii::boris {

// Sorts `events` by time (stably, as BORIS does) and appends their bouts to
// *bouts, sorted by start time.
void PairEvents(const std::string& file, const std::string& observation_id, std::vector<CodedEvent> events,
                std::vector<Bout>* bouts, std::vector<Problem>* problems);

// Project files store no status: for events of a state behaviour it is
// START or STOP by parity of the earlier events with the same subject,
// behaviour and modifiers, in time order; others are points. Sorts
// `events` by time (stably) and sets their status.
void InferStatus(const std::vector<std::string>& state_behaviors, std::vector<CodedEvent>* events);

}  // namespace tobii::boris
