// What a file is, judged by its content, never by its name: a recording
// (and its format), a participants, sync, design or AOI table, a BORIS file, one of our
// own outputs, or something else, and why (io/sniff.h has how).
#pragma once

#include <string>
#include <string_view>

#include "tobii/recording_format.h"
#include "tobii/status.h"
#include "tobii/text_form.h"

namespace tobii::io {

enum class FileKind {
  kRecording,          // read as a recording in Sniffed::format
  kParticipantsTable,  // participant_id, group, ... (BIDS participants.tsv)
  kSyncTable,          // recording, offset_s, ... (study/clock_sync.h)
  kDesignTable,        // recording, condition and/or session, ... (study/design_table.h)
  kAoiTable,           // aoi, shape, ...: the study's own AOIs (aoi/aoi_file.h)
  kIntervalTable,      // recording, interval, start_ms, end_ms (study/interval_table.h)
  kBorisExport,        // a BORIS events export (tabular or aggregated)
  kBorisProject,       // a BORIS project file (.boris JSON, or gzip of it)
  kOwnOutput,          // written by tobii-pipeline: never read as input
  kCompanion,          // part of a recording read through another file (Pro Glasses metadata, IMU data)
  kUnreadable,         // recognised, and not readable as it is: Sniffed::what says why and what to do
  kOther,              // nothing we know
};

struct Sniffed {
  FileKind kind = FileKind::kOther;
  RecordingFormat format = RecordingFormat::kProLab;  // for kRecording
  TextForm form;                                      // how its text is stored
  // What it is, for every kind but kRecording: "an empty file", "binary
  // content", "an Excel workbook: save it as tab-separated text", ...
  std::string what;
  bool empty = false;
  bool binary = false;
  // Text whose first line has several tab-, comma- or semicolon-separated
  // fields: a data table of a kind we do not know.
  bool tabular = false;
};

// Reads the start of the file and judges it. An unreadable file is an
// error.
Status SniffFile(const std::string& path, Sniffed* sniffed);

}  // namespace tobii::io
