// WriteRecording: produces every file of one recording, its data file in its
// format (and the format's files beside it), its planted events (truth/)
// its planted AOI metrics (truth/) and its BORIS annotation, streaming the data sample by sample in large
// blocks.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include "gen_study/boris_writer.h"
#include "gen_study/gaze_model.h"
#include "gen_study/pro_lab_writer.h"
#include "gen_study/study_generator.h"
#include "tobii/recording_format.h"
#include "tobii/status.h"

namespace tobii::gen {

struct RecordingSpec {
  int index = 0;  // position in the study; selects the random stream
  std::string participant_id, recording, group;
  ParticipantTraits traits;
  ExportStyle style;
  io::RecordingFormat format = io::RecordingFormat::kProLab;
  std::chrono::sys_days day, export_day;
  std::filesystem::path study;                       // the study folder
  std::string export_file, events_file, boris_file;  // relative; boris_file empty = none
  std::string aois_file;                             // relative: the planted AOI metrics
  // A Pro Lab export gets `AOI hit` columns (pro_lab_writer.h: AoiHitColumn).
  bool aoi_hit_columns = false;
  BorisFormat boris_format = BorisFormat::kFlatTsv;
  // The scene video started this long before the recording (BORIS times
  // are video times), and the experimenter's sync clap, logged in both the
  // export (event "sync") and BORIS (point "sync"), came at this recording
  // time. Whole ms, as BORIS writes 3 decimals.
  std::int64_t video_lead_ms = 0;
  std::int64_t sync_ms = 0;
};

// The sync clap's name in the export's Event column and in BORIS.
inline constexpr const char* kSyncEventName = "sync";

// Fills *result (without knowing about other recordings) and writes the
// files atomically.
Status WriteRecording(const StudyOptions& options, const RecordingSpec& spec, GeneratedRecording* result);

}  // namespace tobii::gen
