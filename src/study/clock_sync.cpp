#include "study/clock_sync.h"

#include <fmt/format.h>

#include <map>

#include "study/recording_reference.h"

namespace tobii::study {

void AssignClockSync(const std::vector<SyncEntry>& entries, std::vector<RecordingInput>* recordings,
                     std::vector<Problem>* problems) {
  std::map<std::size_t, std::vector<const SyncEntry*>> entries_of;  // recording -> entries naming it
  const RecordingReferences references(*recordings);
  for (const SyncEntry& entry : entries) {
    const std::vector<std::size_t> named = references.Named(entry.recording, entry.participant_id);
    const std::string who = DescribeReference(entry.recording, entry.participant_id);
    if (named.empty()) {
      problems->push_back(
          {entry.where, Severity::kWarning, Stage::kSync, who + " is not in the study: offset not used"});
    } else if (named.size() > 1) {
      problems->push_back(
          {entry.where, Severity::kError, Stage::kSync,
           fmt::format("{} names {} recordings: their annotations are not used; add a participant_id", who,
                       named.size())});
      for (std::size_t r : named) (*recordings)[r].observation.reset();
    } else {
      entries_of[named.front()].push_back(&entry);
    }
  }
  for (auto& [r, named_by] : entries_of) {
    RecordingInput& recording = (*recordings)[r];
    if (named_by.size() == 1) {
      recording.clock_sync = named_by.front()->clock;
      recording.clock_sync_source = named_by.front()->where;
      continue;
    }
    std::string places;
    for (const SyncEntry* entry : named_by) places += (places.empty() ? "" : ", ") + entry->where;
    problems->push_back(
        {recording.file, Severity::kError, Stage::kSync,
         fmt::format("recording \"{}\" of participant \"{}\" has {} clock offsets ({}): its "
                     "annotations are not used",
                     recording.recording, recording.participant_id, named_by.size(), places)});
    recording.observation.reset();
  }
}

}  // namespace tobii::study
