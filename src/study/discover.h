// Discovery: finds a study's recordings, participants table and BORIS files
// by walking its folder and sniffing each file's content, joins each
// recording to its participant's group and to the BORIS observation that
// annotates it (boris/matching.h), and lists every problem before any heavy
// work.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "boris/annotations.h"
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
  // The BORIS observation annotating it (held whole: kilobytes), and the
  // file it came from; none when unannotated.
  std::optional<boris::Observation> observation;
  std::string annotation_file;
};

struct StudyInputs {
  std::filesystem::path root;
  std::vector<RecordingInput> recordings;  // sorted by file
  std::string participants_file;           // relative; empty when none
  io::ParticipantsTable participants;
  std::vector<std::string> boris_files;    // read, relative
  std::size_t boris_observations = 0;      // in those files
  std::vector<std::string> other_files;    // seen and not used (notes...)
  std::vector<Problem> problems;
};

// Walks `root` (sub-folders included), passing over hidden entries, files
// ending in `.partial` (an interrupted writer's) and the folder `exclude`
// (the run's own outputs). A `root` that is a file is taken as a recording.
// With `read_boris` false (`--no-boris`), BORIS files are passed over as
// other files. Fails only when `root` cannot be walked; problems with
// single files go to inputs->problems.
Status DiscoverStudy(const std::filesystem::path& root, StudyInputs* inputs,
                     const std::filesystem::path& exclude = {}, bool read_boris = true);

}  // namespace tobii::study
