// Discovery: finds a study's recordings, participants table and BORIS files
// by walking its folder and sniffing each file's content, joins each
// recording to its participant's group and to the BORIS observation that
// annotates it (boris/matching.h), and lists every problem before any heavy
// work.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aoi/aoi_definition.h"
#include "aoi/intervals.h"
#include "boris/annotations.h"
#include "boris/matching.h"
#include "io/participants.h"
#include "io/recording_format.h"
#include "study/study_walk.h"
#include "study/sync_table.h"
#include "tobii/covariates.h"
#include "tobii/problem.h"
#include "tobii/status.h"

namespace tobii::study {

struct RecordingInput {
  // To open. A string: a path object keeps each of its parts as a path of
  // its own, and every recording's input is held for the whole run.
  std::string path;
  std::string file;            // relative to the study folder, for outputs
  io::RecordingFormat format = io::RecordingFormat::kProLab;
  // Which of the file's recordings this is, for a file that holds several.
  std::optional<io::RecordingSelector> select;
  std::string participant_id;  // the export's `Participant name`, else names-from-path, else the file name
  std::string recording;       // the export's `Recording name`, else names-from-path, else the file name
  // Where each name came from: "the file", "names-from-path", "the file
  // name", or "its path" (a file name shared by another recording).
  std::string participant_from;
  std::string recording_from;
  std::string group;           // from the participants table; empty when unknown
  std::string condition;       // from the design table, else names-from-path; empty when none
  std::string session;
  // The participants table's other columns (RecordingResult::covariates).
  SharedCovariates covariates;
  std::uint64_t bytes = 0;
  // The BORIS observation annotating it, and the file it came from; none
  // when unannotated. All but its id is let go once its bouts (kilobytes)
  // are aligned to the recording's clock (run/prepare_study.h), their
  // number kept.
  std::optional<boris::Observation> observation;
  std::size_t observation_bouts = 0;
  std::string annotation_file;
  // Its own clock offset for the annotations (study/clock_sync.h), and
  // where that came from ("file:line"); none: the run-wide one.
  std::optional<boris::ClockSync> clock_sync;
  std::string clock_sync_source;
  // Its intervals from the study's interval tables (study/interval_table.h).
  std::vector<aoi::TableInterval> intervals;
};

struct StudyInputs {
  std::filesystem::path root;
  std::vector<RecordingInput> recordings;  // sorted by file
  std::string participants_file;           // relative; empty when none
  io::ParticipantsTable participants;
  std::string sync_table;                  // read; empty when none
  std::string design_table;                // read, relative; empty when none
  std::vector<std::string> interval_tables;  // read, relative
  aoi::AoiSet aois;                        // the study's AOI file (aoi/aoi_file.h); empty when none
  std::vector<std::string> boris_files;    // read, relative
  std::size_t boris_observations = 0;      // in those files
  // Every file and folder of the study and what became of it, in path
  // order: read (as what) or not read (and why).
  std::vector<FileVerdict> files;
  std::vector<Problem> problems;

  // How many files were not read (nor are our own outputs).
  std::size_t NotRead() const;
};

struct DiscoverOptions {
  std::filesystem::path exclude;  // a folder passed over: the run's own outputs
  bool read_boris = true;         // false (`--no-boris`): BORIS files are other files
  boris::MatchRule match = boris::MatchRule::kAuto;  // how recordings find observations
  // The sync table; empty: the one found in the study, if any.
  std::filesystem::path sync_table;
  // More clock offsets (the study config's [[sync]]).
  std::vector<SyncEntry> sync;
  // Names (and groups, without a participants table) from where files lie
  // (study/name_pattern.h); empty: none.
  std::string names_from_path;
  // Set (to a signal's number) to stop: discovery stops before its next
  // file and fails with kDiscoveryStopped. May be null.
  const std::atomic<int>* interrupt = nullptr;
};

// The message of a discovery stopped by DiscoverOptions::interrupt.
inline constexpr const char* kDiscoveryStopped = "discovery stopped";

// Opens the recording's reader (its format, its part of the file); the
// reader still needs Open().
Status OpenRecordingReader(const RecordingInput& input, io::ReaderOptions options,
                           std::unique_ptr<io::SampleReader>* reader);

// Walks `root` (study/study_walk.h: sub-folders, links, what is passed
// over) and judges every file by its content (io/sniff.h). A file not read
// that looks meant as data (a recognised format that cannot be read, an
// empty or binary file, a table of no known kind, a data extension, a
// file among recordings) is a warning in inputs->problems; plainly
// unrelated files (a README, a PDF) are only listed in inputs->files. An
// export holding several recordings gives one RecordingInput each. A
// `root` that is a file is taken as the one recording to read. The study's
// AOI definitions are the file named aois.toml, aois.csv or aois.tsv (any
// case, in any folder), or a table whose header has the columns `aoi` and
// `shape` (aoi/aoi_file.h). Fails when `root` cannot be listed, a sync
// table or design table cannot be read (a broken one would misplace
// annotations or compare the wrong recordings), or the AOI file cannot be
// read or is one of several (either changes every recording's AOI
// metrics); problems with single files go to inputs->problems. Every
// interval table (study/interval_table.h) is read; one that does not read
// fails the run too.
Status DiscoverStudy(const std::filesystem::path& root, StudyInputs* inputs, const DiscoverOptions& options = {});

}  // namespace tobii::study
