#include "boris/observation_index.h"

#include "util/text.h"

namespace tobii::boris {

namespace {

// Calls `run` with each maximal run of word characters of `text`, in lower case.
template <typename Run>
void ForEachRun(std::string_view text, Run run) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsWordChar(text[i])) {
      ++i;
      continue;
    }
    std::string lower;
    while (i < text.size() && IsWordChar(text[i])) lower.push_back(util::LowerAscii(text[i++]));
    run(lower);
  }
}

}  // namespace

ObservationIndex::ObservationIndex(const std::vector<Annotations>& files) {
  for (std::size_t f = 0; f < files.size(); ++f) {
    for (std::size_t o = 0; o < files[f].observations.size(); ++o) {
      const ObservationRef ref{f, o};
      all_.push_back(ref);
      const auto add = [&](const std::string& run) {
        std::vector<ObservationRef>& list = by_run_[run];
        // Once per observation: runs repeat within an id and its paths.
        if (list.empty() || list.back().file != f || list.back().observation != o) list.push_back(ref);
      };
      const Observation& observation = files[f].observations[o];
      ForEachRun(observation.id, add);
      for (const std::string& media : observation.media_files) ForEachRun(media, add);
    }
  }
}

void ObservationIndex::AddCandidates(std::string_view word, std::vector<ObservationRef>* out) const {
  if (word.empty()) return;
  if (!IsWordChar(word.front())) {
    out->insert(out->end(), all_.begin(), all_.end());
    return;
  }
  std::string first_run;
  for (std::size_t i = 0; i < word.size() && IsWordChar(word[i]); ++i) first_run.push_back(util::LowerAscii(word[i]));
  const auto it = by_run_.find(first_run);
  if (it != by_run_.end()) out->insert(out->end(), it->second.begin(), it->second.end());
}

}  // namespace tobii::boris
