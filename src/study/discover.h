// Discovery: finds a study's recordings and participants table by walking
// its folder and sniffing each file's content, joins each recording to its
// participant's group, and lists every problem before any heavy work.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/participants.h"
#include "tobii/problem.h"
#include "tobii/status.h"

namespace tobii::study {

struct RecordingInput {
  std::filesystem::path path;  // to open
  std::string file;            // relative to the study folder, for outputs
  std::string participant_id;  // the export's `Participant name`, else the file name
  std::string recording;       // the export's `Recording name`, else the file name
  std::string group;           // from the participants table; empty when unknown
  std::uint64_t bytes = 0;
};

struct StudyInputs {
  std::filesystem::path root;
  std::vector<RecordingInput> recordings;  // sorted by file
  std::string participants_file;           // relative; empty when none
  io::ParticipantsTable participants;
  std::vector<std::string> other_files;    // seen and not used (BORIS, notes...)
  std::vector<Problem> problems;
};

// Walks `root` (sub-folders included), passing over hidden entries, files
// ending in `.partial` (an interrupted writer's) and the folder `exclude`
// (the run's own outputs). A `root` that is a file is taken as a recording.
// Fails only when `root` cannot be walked; problems with single files go to
// inputs->problems.
Status DiscoverStudy(const std::filesystem::path& root, StudyInputs* inputs,
                     const std::filesystem::path& exclude = {});

}  // namespace tobii::study
