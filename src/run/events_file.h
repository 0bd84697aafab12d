// A recording's events in OUT/events/: the file names, decided before the
// passes, and the file one pass streams its events into.
#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "tobii/atomic_file.h"
#include "study/discover.h"
#include "tobii/event.h"
#include "tobii/status.h"

namespace tobii::study {

// One events file name per recording, in its order:
// "<participant>_<recording>.csv" in characters a file name can hold.
// Names that differ only in the others are numbered ("-2", "-3"...), so
// that no two workers write one file.
std::vector<std::string> EventsFileNames(const std::vector<RecordingInput>& recordings);

// Streams one recording's events into their file, written whole or not at
// all (io/atomic_file.h). Holds at most kFlushBytes of text beyond the
// events of the batch being added.
class EventsFile {
 public:
  // Starts the file with the events CSV header; each row names the
  // recording by `participant_id` and `recording`.
  Status Open(const std::filesystem::path& path, std::string participant_id, std::string recording);
  void Add(std::span<const Event> events);
  // Writes what is held and puts the file in place.
  Status Commit();

 private:
  static constexpr std::size_t kFlushBytes = 1 << 16;
  void Flush();

  io::AtomicFile file_;
  std::string participant_id_;
  std::string recording_;
  std::string buffer_;
};

}  // namespace tobii::study
