// The BORIS "tabular events" export of one observation, in the flat layout of
// BORIS >= 8.9.4 (header on line 1, one row per event, TSV with CR LF line
// ends as tablib writes them).
#pragma once

#include <string>
#include <vector>

#include "gen_study/session_plan.h"

namespace tobii::gen {

struct BorisObservation {
  std::string id;          // the Pro Lab recording name
  std::string date_time;   // YYYY-MM-DD HH:MM:SS
  std::string media_file;  // the scene video coded
  double media_duration_s = 0;
};

std::string FormatBorisEvents(const BorisObservation& observation, const std::vector<BehaviourEvent>& events);

}  // namespace tobii::gen
