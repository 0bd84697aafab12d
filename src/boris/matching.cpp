#include "boris/matching.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "boris/observation_index.h"
#include "util/text.h"

namespace tobii::boris {

namespace {

using util::EqualsNoCase;

// Whether the observation id, or a media file name of it, contains `word`.
bool ObservationContains(const Observation& observation, const std::string& word) {
  if (word.empty()) return false;
  if (ContainsWord(observation.id, word)) return true;
  for (const std::string& media : observation.media_files) {
    if (ContainsWord(media, word)) return true;  // the whole path holds the file name too
  }
  return false;
}

// The level at which `observation` annotates the recording (the header's
// 3, 2, 1) under `rule`, or 0.
int Level(const RecordingName& r, const Observation& observation, MatchRule rule) {
  const bool by_recording = rule != MatchRule::kParticipant;
  if (by_recording && !r.recording.empty() && EqualsNoCase(observation.id, r.recording)) return 3;
  if (rule == MatchRule::kName) return 0;
  if (by_recording && ObservationContains(observation, r.recording)) return 2;
  if (rule == MatchRule::kRecording) return 0;
  return ObservationContains(observation, r.participant_id) ? 1 : 0;
}

std::string Name(const std::vector<Annotations>& files, const ObservationRef& ref) {
  return fmt::format("observation \"{}\" of {}", files[ref.file].observations[ref.observation].id, files[ref.file].file);
}

}  // namespace

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool ContainsWord(std::string_view text, std::string_view word) {
  if (word.empty() || word.size() > text.size()) return false;
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    if (!EqualsNoCase(text.substr(at, word.size()), word)) continue;
    const bool start = at == 0 || !IsWordChar(text[at - 1]) || !IsWordChar(word.front());
    const std::size_t end = at + word.size();
    const bool stop = end == text.size() || !IsWordChar(text[end]) || !IsWordChar(word.back());
    if (start && stop) return true;
  }
  return false;
}

const char* MatchRuleName(MatchRule rule) {
  switch (rule) {
    case MatchRule::kAuto: return "auto";
    case MatchRule::kName: return "name";
    case MatchRule::kRecording: return "recording";
    case MatchRule::kParticipant: return "participant";
  }
  return "";
}

bool ParseMatchRule(std::string_view name, MatchRule* rule) {
  for (MatchRule r : {MatchRule::kAuto, MatchRule::kName, MatchRule::kRecording, MatchRule::kParticipant}) {
    if (name == MatchRuleName(r)) {
      *rule = r;
      return true;
    }
  }
  return false;
}

MatchResult MatchObservations(const std::vector<RecordingName>& recordings, const std::vector<Annotations>& files,
                              MatchRule rule) {
  MatchResult result;
  result.observation_of.resize(recordings.size());
  const auto warn = [&](const std::string& file, const std::string& message) {
    result.problems.push_back({file, Severity::kWarning, Stage::kBoris, message});
  };

  // The recordings each observation names (levels 3 and 2), which the
  // participant fallback keeps it from (header).
  // Only the observations that may contain a recording's names are weighed
  // for it (boris/observation_index.h): the others are at level 0.
  const ObservationIndex index(files);
  const auto candidates = [&](std::initializer_list<std::string_view> words) {
    std::vector<ObservationRef> refs;
    for (std::string_view word : words) index.AddCandidates(word, &refs);
    std::sort(refs.begin(), refs.end(), [](const ObservationRef& a, const ObservationRef& b) {
      return std::pair(a.file, a.observation) < std::pair(b.file, b.observation);
    });
    refs.erase(std::unique(refs.begin(), refs.end(),
                           [](const ObservationRef& a, const ObservationRef& b) {
                             return a.file == b.file && a.observation == b.observation;
                           }),
               refs.end());
    return refs;
  };
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> named;
  if (rule == MatchRule::kAuto) {
    for (std::size_t r = 0; r < recordings.size(); ++r) {
      for (const auto& [f, o] : candidates({recordings[r].recording})) {
        if (Level(recordings[r], files[f].observations[o], MatchRule::kRecording) > 0) named[{f, o}].push_back(r);
      }
    }
  }
  // A recording other than `r` that the observation names, or none: the
  // fallback may not give it to `r`.
  const auto named_other = [&](std::size_t r, std::size_t f, std::size_t o) -> std::optional<std::size_t> {
    const auto it = named.find({f, o});
    if (it == named.end()) return std::nullopt;
    for (std::size_t other : it->second) {
      if (other != r) return other;
    }
    return std::nullopt;
  };
  // Per recording, an observation the fallback kept from it, and the
  // recording that observation names, for the message.
  std::vector<std::optional<std::pair<ObservationRef, std::size_t>>> kept_from(recordings.size());

  // Each recording's candidates at its best level.
  std::vector<int> level_of(recordings.size(), 0);
  std::vector<bool> reported(recordings.size(), false);  // as ambiguous
  std::map<std::pair<std::size_t, std::size_t>, bool> reported_observation;  // named in an ambiguity
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> claims;  // observation -> recordings
  for (std::size_t r = 0; r < recordings.size(); ++r) {
    std::vector<ObservationRef> best;
    for (const auto& [f, o] : candidates({recordings[r].recording, recordings[r].participant_id})) {
      const int level = Level(recordings[r], files[f].observations[o], rule);
      if (level == 0 || level < level_of[r]) continue;
      if (level == 1) {
        if (const std::optional<std::size_t> other = named_other(r, f, o)) {
          if (!kept_from[r]) kept_from[r] = {ObservationRef{f, o}, *other};
          continue;
        }
      }
      if (level > level_of[r]) best.clear();
      level_of[r] = level;
      best.push_back({f, o});
    }
    if (best.size() == 1) {
      result.observation_of[r] = best.front();
      claims[{best.front().file, best.front().observation}].push_back(r);
    } else if (best.size() > 1) {
      reported[r] = true;
      std::string names;
      for (const ObservationRef& ref : best) {
        names += (names.empty() ? "" : ", ") + Name(files, ref);
        reported_observation[{ref.file, ref.observation}] = true;
      }
      warn(recordings[r].file, fmt::format("recording \"{}\" of participant \"{}\" matches {} BORIS observations "
                                           "equally ({}): none used; rename the observations or give a matching rule",
                                           recordings[r].recording, recordings[r].participant_id, best.size(), names));
    }
  }
  // One observation claimed by several recordings: the best level keeps it,
  // a tie keeps none.
  for (const auto& [key, claimants] : claims) {
    if (claimants.size() < 2) continue;
    int top = 0;
    for (std::size_t r : claimants) top = std::max(top, level_of[r]);
    std::vector<std::size_t> at_top;
    for (std::size_t r : claimants) {
      if (level_of[r] == top) at_top.push_back(r);
      else result.observation_of[r].reset();
    }
    if (at_top.size() > 1) {
      reported_observation[key] = true;
      std::string names;
      for (std::size_t r : at_top) {
        names += (names.empty() ? "" : ", ") + fmt::format("\"{}\"", recordings[r].recording);
        result.observation_of[r].reset();
        reported[r] = true;
      }
      warn(files[key.first].file, fmt::format("{} matches {} recordings equally ({}): none used",
                                              Name(files, {key.first, key.second}), at_top.size(), names));
    }
  }
  // What is left over on either side.
  std::map<std::pair<std::size_t, std::size_t>, bool> used;
  for (const auto& ref : result.observation_of) {
    if (ref) used[{ref->file, ref->observation}] = true;
  }
  for (std::size_t f = 0; f < files.size(); ++f) {
    for (std::size_t o = 0; o < files[f].observations.size(); ++o) {
      if (!used.contains({f, o}) && !reported_observation.contains({f, o})) warn(files[f].file, Name(files, {f, o}) + " annotates no recording of the study");
    }
  }
  if (!files.empty()) {
    for (std::size_t r = 0; r < recordings.size(); ++r) {
      if (!result.observation_of[r] && !reported[r]) {
        std::string why;
        if (kept_from[r]) {
          why = fmt::format(" ({} contains its participant id but names recording \"{}\")",
                            Name(files, kept_from[r]->first), recordings[kept_from[r]->second].recording);
        }
        warn(recordings[r].file, fmt::format("recording \"{}\" of participant \"{}\" has no BORIS observation{}",
                                             recordings[r].recording, recordings[r].participant_id, why));
      }
    }
  }
  return result;
}

}  // namespace tobii::boris
