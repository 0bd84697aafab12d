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
#include "boris/matching.h"
#include "study/sync_table.h"
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
  // Its own clock offset for the annotations (study/clock_sync.h), and
  // where that came from ("file:line"); none: the run-wide one.
  std::optional<boris::ClockSync> clock_sync;
  std::string clock_sync_source;
};

struct StudyInputs {
  std::filesystem::path root;
  std::vector<RecordingInput> recordings;  // sorted by file
  std::string participants_file;           // relative; empty when none
  io::ParticipantsTable participants;
  std::string sync_table;                  // read; empty when none
  std::vector<std::string> boris_files;    // read, relative
  std::size_t boris_observations = 0;      // in those files
  std::vector<std::string> other_files;    // seen and not used (notes...)
  std::vector<Problem> problems;
};

struct DiscoverOptions {
  std::filesystem::path exclude;  // a folder passed over: the run's own outputs
  bool read_boris = true;         // false (`--no-boris`): BORIS files are other files
  boris::MatchRule match = boris::MatchRule::kAuto;  // how recordings find observations
  // The sync table; empty: the one found in the study, if any.
  std::filesystem::path sync_table;
  // More clock offsets (the study config's [[sync]]).
  std::vector<SyncEntry> sync;
};

// Walks `root` (sub-folders included), passing over hidden entries, files
// ending in `.partial` (an interrupted writer's) and options.exclude. A
// `root` that is a file is taken as a recording. Fails when `root` cannot
// be walked or a sync table cannot be read (a broken one would misplace
// annotations); problems with single files go to inputs->problems.
Status DiscoverStudy(const std::filesystem::path& root, StudyInputs* inputs, const DiscoverOptions& options = {});

}  // namespace tobii::study
