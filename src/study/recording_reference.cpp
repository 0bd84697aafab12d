#include "study/recording_reference.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/text.h"

namespace tobii::study {

bool NamesRecording(std::string_view name, std::string_view participant_id, const RecordingInput& recording) {
  if (!participant_id.empty() && !util::EqualsNoCase(participant_id, recording.participant_id)) return false;
  return util::EqualsNoCase(name, recording.recording) || name == recording.file;
}

namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = util::LowerAscii(c);
  return lower;
}

}  // namespace

RecordingReferences::RecordingReferences(const std::vector<RecordingInput>& recordings) : recordings_(recordings) {
  for (std::size_t r = 0; r < recordings.size(); ++r) {
    by_name_[Lower(recordings[r].recording)].push_back(r);
    by_file_[recordings[r].file].push_back(r);
  }
}

std::vector<std::size_t> RecordingReferences::Named(std::string_view name, std::string_view participant_id) const {
  std::vector<std::size_t> named;
  for (const auto* index : {&by_name_, &by_file_}) {
    const auto it = index->find(index == &by_name_ ? Lower(name) : std::string(name));
    if (it == index->end()) continue;
    for (std::size_t r : it->second) {
      if (NamesRecording(name, participant_id, recordings_[r])) named.push_back(r);
    }
  }
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  return named;
}

std::string DescribeReference(std::string_view name, std::string_view participant_id) {
  return participant_id.empty() ? fmt::format("recording \"{}\"", name)
                                : fmt::format("recording \"{}\" of participant \"{}\"", name, participant_id);
}

}  // namespace tobii::study
