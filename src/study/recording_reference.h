// How a row of a study's tables (the sync table, the design table) names a
// recording: by its name, or by its export's file path relative to the
// study, and optionally by its participant, for names many participants
// share (Pro Lab names every participant's first "Recording1").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "study/discover.h"

namespace tobii::study {

// Whether a row giving `name` (and `participant_id`, empty for any) names
// `recording`: names compared without case, the file path exactly.
bool NamesRecording(std::string_view name, std::string_view participant_id, const RecordingInput& recording);

// The recordings (their indices) a row names.
std::vector<std::size_t> RecordingsNamed(std::string_view name, std::string_view participant_id,
                                         const std::vector<RecordingInput>& recordings);

// `recording "R"`, or `recording "R" of participant "P"`, for messages.
std::string DescribeReference(std::string_view name, std::string_view participant_id);

}  // namespace tobii::study
