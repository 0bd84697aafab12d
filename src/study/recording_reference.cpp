#include "study/recording_reference.h"

#include <fmt/format.h>

#include "util/text.h"

namespace tobii::study {

bool NamesRecording(std::string_view name, std::string_view participant_id, const RecordingInput& recording) {
  if (!participant_id.empty() && !util::EqualsNoCase(participant_id, recording.participant_id)) return false;
  return util::EqualsNoCase(name, recording.recording) || name == recording.file;
}

std::vector<std::size_t> RecordingsNamed(std::string_view name, std::string_view participant_id,
                                         const std::vector<RecordingInput>& recordings) {
  std::vector<std::size_t> named;
  for (std::size_t r = 0; r < recordings.size(); ++r) {
    if (NamesRecording(name, participant_id, recordings[r])) named.push_back(r);
  }
  return named;
}

std::string DescribeReference(std::string_view name, std::string_view participant_id) {
  return participant_id.empty() ? fmt::format("recording \"{}\"", name)
                                : fmt::format("recording \"{}\" of participant \"{}\"", name, participant_id);
}

}  // namespace tobii::study
