// Which BORIS observations may contain a word (boris/matching.h's
// "contains", as ContainsWord tests it), so that a study's recordings are
// compared with those alone rather than with every observation: comparing
// every pair took a minute for 10,000 recordings.
//
// Why it finds every one: a word that starts with a letter or digit is
// contained only where its first run of letters and digits is a whole run
// of the text (the match starts at a word's start, and the run ends where
// the word's does, or the word goes on with a character that is neither).
// Observations are indexed by the runs of their id and media file names,
// in lower case. A word that starts otherwise may lie anywhere: every
// observation is a candidate.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "boris/annotations.h"
#include "boris/matching.h"

namespace tobii::boris {

class ObservationIndex {
 public:
  explicit ObservationIndex(const std::vector<Annotations>& files);

  // Appends to *out the observations that may contain `word`, in file
  // and observation order (none for an empty word). The caller tests
  // each; several calls may give one twice.
  void AddCandidates(std::string_view word, std::vector<ObservationRef>* out) const;

 private:
  std::unordered_map<std::string, std::vector<ObservationRef>> by_run_;
  std::vector<ObservationRef> all_;
};

}  // namespace tobii::boris
