#include "run/events_file.h"

#include <set>

#include "report/events_csv.h"
#include "util/text.h"

namespace tobii::study {

std::vector<std::string> EventsFileNames(const std::vector<RecordingInput>& recordings) {
  std::vector<std::string> names;
  names.reserve(recordings.size());
  std::set<std::string> taken;
  for (const RecordingInput& input : recordings) {
    names.push_back(util::UniqueFileName(util::SafeFileName(input.participant_id + "_" + input.recording),
                                         ".csv", &taken));
  }
  return names;
}

Status EventsFile::Open(const std::filesystem::path& path, std::string participant_id, std::string recording) {
  if (Status s = file_.Open(path); !s.ok()) return s;
  participant_id_ = std::move(participant_id);
  recording_ = std::move(recording);
  file_.Write(report::EventsCsvHeader());
  return Status::Ok();
}

void EventsFile::Add(std::span<const Event> events) {
  report::AppendEventsCsv(participant_id_, recording_, events, &buffer_);
  if (buffer_.size() > kFlushBytes) Flush();
}

Status EventsFile::Commit() {
  Flush();
  return file_.Commit();
}

void EventsFile::Flush() {
  file_.Write(buffer_);
  buffer_.clear();
}

}  // namespace tobii::study
