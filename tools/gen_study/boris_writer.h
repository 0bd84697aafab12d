// The BORIS annotations of one observation, in each format BORIS writes
// events in, so that the study exercises every reader (doc/formats/boris.md):
// the flat tabular export of BORIS >= 8.9.4 as TSV and as CSV, the tabular
// export of BORIS <= 8.9 (a metadata block, then the table), the aggregated
// export of BORIS 9, and a project file. Line ends are CR LF where tablib
// writes the exports; the project is JSON as BORIS saves it.
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

enum class BorisFormat { kFlatTsv, kFlatCsv, kBlockTsv, kAggregatedTsv, kProject };
inline constexpr BorisFormat kBorisFormats[] = {BorisFormat::kFlatTsv, BorisFormat::kFlatCsv, BorisFormat::kBlockTsv,
                                                BorisFormat::kAggregatedTsv, BorisFormat::kProject};

const char* BorisFormatName(BorisFormat format);  // for truth.json
const char* BorisExtension(BorisFormat format);   // ".tsv", ".csv" or ".boris"

std::string FormatBoris(BorisFormat format, const BorisObservation& observation,
                        const std::vector<BehaviourEvent>& events);

}  // namespace tobii::gen
