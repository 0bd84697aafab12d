// The participants table: who is in which group, with any other columns
// kept as covariates. BIDS `participants.tsv` style: one header row, a
// `participant_id` column (BIDS ids like `sub-P001` match the export's
// `Participant name` P001) and a `group` column; tab- or comma-separated.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tobii/status.h"

namespace tobii::io {

struct Participant {
  std::string id;      // as written in the table
  std::string group;
  std::vector<std::pair<std::string, std::string>> covariates;  // other columns
};

class ParticipantsTable {
 public:
  // Looks a participant up by the id an export gives; `sub-` prefixes and
  // case are ignored. Returns nullptr when absent.
  const Participant* Find(std::string_view id) const;
  // Adds a participant; returns false (and keeps the first) when the id is
  // already in the table.
  bool Add(Participant participant);
  std::size_t size() const { return by_key_.size(); }

 private:
  std::map<std::string, Participant, std::less<>> by_key_;
};

// Reads the table. A missing id or group column is an error; a bad row or a
// participant listed twice is a warning (`file:line:column: ...`) and the
// rest of the table is still read.
Status ReadParticipants(const std::string& path, ParticipantsTable* table, std::vector<std::string>* warnings);

}  // namespace tobii::io
