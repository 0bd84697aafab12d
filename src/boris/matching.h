// Which BORIS observation annotates which recording. The default rule
// (issue 4, MatchRule::kAuto), tried in this order for each recording:
//
//   3. the observation id is the recording name;
//   2. the observation id, or a media file name of it, contains the
//      recording name;
//   1. ... contains the participant id.
//
// The other rules keep some of these levels only (`--boris-match`): Pro Lab
// names recordings "Recording1", "Recording2"... for every participant, so
// a study may need to match by participant id alone, or by exact name alone.
//
// "Contains" means as a whole word: bounded by the string's ends or by
// characters that are neither letters nor digits, so that participant "P1"
// is not found in "P10"; letters compare without case. The best level with
// exactly one observation wins. Several observations at the best level are
// ambiguous, and so is one observation claimed at the same level by several
// recordings: both are reported and left unmatched, never guessed.
// Observations that annotate no recording are reported too.
//
// The participant fallback never crosses recordings: under kAuto, an
// observation that names another recording of the study (matches it at
// level 3 or 2) is never given to a recording by level 1, whether or not
// that other recording takes it (it may be tied with another). So when
// P003_G's own observation is missing, "P003_L" (level 1 for P003_G: it
// contains "P003") is not P003_G's, and P003_G is reported as having no
// observation, the message naming "P003_L". Names that several recordings
// share need no exception: Pro Lab calls every participant's first
// recording "Recording1", and "P1 Recording1" reaches P1's Recording1 at
// level 2, not through the fallback, which only weighs observations that
// do not name the recording at hand. An observation named by the
// participant alone ("P003") names no recording and falls back as before;
// kParticipant matches by participant alone and reads no names.
//
// Stateless; the inputs are small (one entry per recording and observation).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "boris/annotations.h"
#include "tobii/problem.h"

namespace tobii::boris {

struct RecordingName {
  std::string participant_id;
  std::string recording;
  std::string file;  // for messages
};

struct ObservationRef {
  std::size_t file = 0;         // index into the annotation files
  std::size_t observation = 0;  // index into that file's observations
};

struct MatchResult {
  // One entry per recording: its observation, or none.
  std::vector<std::optional<ObservationRef>> observation_of;
  // Ambiguous and unmatched pairs on both sides (Severity::kWarning,
  // Stage::kBoris).
  std::vector<Problem> problems;
};

enum class MatchRule {
  kAuto,         // levels 3, 2, 1
  kName,         // 3: the observation id is the recording name
  kRecording,    // 3, 2: ... or contains it
  kParticipant,  // 1: the observation id or a media file contains the participant id
};

// The rule's name on the command line and in run.json, and back; false
// for an unknown name.
const char* MatchRuleName(MatchRule rule);
bool ParseMatchRule(std::string_view name, MatchRule* rule);

MatchResult MatchObservations(const std::vector<RecordingName>& recordings, const std::vector<Annotations>& files,
                              MatchRule rule = MatchRule::kAuto);

// Whether `text` contains `word` as a whole word, letters without case.
bool ContainsWord(std::string_view text, std::string_view word);
// The characters a word is made of, for ContainsWord: ASCII letters and digits.
bool IsWordChar(char c);

}  // namespace tobii::boris
