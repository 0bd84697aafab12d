// How a row of a study's tables (the sync table, the design table) names a
// recording: by its name, or by its export's file path relative to the
// study, and optionally by its participant, for names many participants
// share (Pro Lab names every participant's first "Recording1").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "study/discover.h"

namespace tobii::study {

// Whether a row giving `name` (and `participant_id`, empty for any) names
// `recording`: names compared without case, the file path exactly.
bool NamesRecording(std::string_view name, std::string_view participant_id, const RecordingInput& recording);

// The recordings a table's rows may name, looked up by name and by file
// (a row compared with every recording made a table of 10,000 rows take
// seconds). REQUIRES: `recordings` outlives it and keeps its names.
class RecordingReferences {
 public:
  explicit RecordingReferences(const std::vector<RecordingInput>& recordings);

  // The recordings (their indices, ascending) a row names, as
  // NamesRecording tells.
  std::vector<std::size_t> Named(std::string_view name, std::string_view participant_id) const;

 private:
  const std::vector<RecordingInput>& recordings_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_name_;  // lower case
  std::unordered_map<std::string, std::vector<std::size_t>> by_file_;
};

// `recording "R"`, or `recording "R" of participant "P"`, for messages.
std::string DescribeReference(std::string_view name, std::string_view participant_id);

}  // namespace tobii::study
