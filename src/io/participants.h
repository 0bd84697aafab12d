// The participants table: who is in which group, with any other columns
// kept as covariates. BIDS `participants.tsv` style: one header row, a
// `participant_id` column (BIDS ids like `sub-P001` match the export's
// `Participant name` P001) and a `group` column; tab-, comma- or
// semicolon-separated (the delimiter is the header's: io/delimited_text.h),
// with RFC 4180 quoting, so "Smith, J" stays one field. The text may be
// UTF-8 with or without a byte order mark, or UTF-16 as spreadsheets save
// "Unicode text" (io/text_source.h).
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tobii/covariates.h"
#include "tobii/status.h"

namespace tobii::io {

// The names the id and group columns go by, as header keys (HeaderKey):
// `participant_id`, `Participant`, `Subject ID`, `id`; `group`, `Group`.
// Discovery (io/sniff.h) knows the table by them, the reader finds its
// columns by them.
inline constexpr std::string_view kParticipantIdKeys[] = {"participantid", "participant", "subjectid", "subject",
                                                          "id"};
inline constexpr std::string_view kGroupKeys[] = {"group"};

// A header cell as it is matched: lower case, without spaces, underscores,
// hyphens or quotes ("Participant ID" and "participant_id" are one).
std::string HeaderKey(std::string_view cell);

// The first of `header`'s cells whose HeaderKey is one of `keys`, trying
// `keys` in their order; -1 when none is.
int FindHeaderColumn(const std::vector<std::string>& header, std::span<const std::string_view> keys);

// Whether a header holding these keys is a participants table's: an id
// column and a group column, or `participant_id` alone (whose missing
// group the reader then names).
bool IsParticipantsHeader(const std::vector<std::string>& keys);

// Far more than a table of participants needs; a larger file is not one.
inline constexpr std::size_t kMaxParticipantsBytes = std::size_t{64} << 20;

struct Participant {
  std::string id;      // as written in the table
  std::string group;
  SharedCovariates covariates;  // the other columns; null when there are none
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
  // Every participant, in the order of their keys.
  std::vector<const Participant*> All() const;

 private:
  std::map<std::string, Participant, std::less<>> by_key_;
};

// Reads the table. A missing id or group column is an error listing the
// columns found; a bad row or a
// participant listed twice is a warning (`file:line:column: ...`) and the
// rest of the table is still read. A participant whose group is empty is
// kept, with its group unknown, and warned about: a blank cell is a
// mistake to fix, not a group of its own.
//
// Memory: the whole table (refused above kMaxParticipantsBytes) and its
// fields; tables list participants, kilobytes.
Status ReadParticipants(const std::string& path, ParticipantsTable* table, std::vector<std::string>* warnings);

}  // namespace tobii::io
