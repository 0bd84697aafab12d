// The methods the report names and the papers it cites for them: each
// detector, test, effect size and correction under the key the run uses
// for it (the detector's `--detector` name, a comparison column's prefix),
// with what a reader calls it and its references. The methods paragraph
// (methods_text.h) and the comparison tables read their names here; a key
// not listed reads as itself, uncited.
//
// Thread-safety: constant tables.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace tobii::report {

struct Paper {
  const char* id;        // "olsen2012"
  const char* in_text;   // "Olsen, 2012"
  const char* citation;  // the full reference, APA style
};

struct Method {
  const char* key;     // "ivt", "mann_whitney", "hedges_g", "q"
  const char* title;   // "Mann–Whitney U test"
  const char* symbol;  // its statistic's symbol in a table: "U"; "" when none
  std::span<const char* const> papers;  // Paper ids
};

// The method under `key`; nullptr when it is not listed.
const Method* FindMethod(std::string_view key);
// The paper `id` names; nullptr when it is not listed.
const Paper* FindPaper(std::string_view id);

// "(Olsen, 2012; Salvucci & Goldberg, 2000)" for a method; "" for one
// with no paper or not listed.
std::string InTextCitation(std::string_view key);

// The correction the `_q` columns of the comparison tables hold
// (analysis/group_comparisons.h: Benjamini-Hochberg across each table).
inline constexpr std::string_view kQValueMethod = "benjamini_hochberg";

}  // namespace tobii::report
