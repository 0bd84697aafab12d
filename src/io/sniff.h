// Format sniffing: what kind of file this is, judged by its first line, not
// by its name. A study folder holds exports next to BORIS files, notes and
// other things; only the content tells them apart.
#pragma once

#include <string>
#include <string_view>

#include "tobii/status.h"

namespace tobii::io {

enum class FileKind {
  kProLabExport,       // Tobii Pro Lab data export (tab-separated)
  kTobiiStudioExport,  // Tobii Studio export: recognised, not read yet
  kParticipantsTable,  // participant_id, group, ... (BIDS participants.tsv)
  kSyncTable,          // recording, offset_s, ... (study/clock_sync.h)
  kBorisExport,        // a BORIS events export (tabular or aggregated)
  kBorisProject,       // a BORIS project file (.boris JSON, or gzip of it)
  kOther,              // anything else: not part of the analysis
};

// Judges a file by its first line (a byte order mark already removed).
FileKind SniffFirstLine(std::string_view first_line);

// Judges the start of a file (up to 64 KiB): JSON or gzip-compressed JSON
// naming BORIS's "behaviors_conf" or "project_format_version" is a BORIS
// project (other JSON, and other gzip files such as Glasses gaze data, are
// not).
bool LooksLikeBorisProject(std::string_view prefix);

// Reads the start of a file and judges it. Binary or empty files are
// kOther; an unreadable file is an error.
Status SniffFile(const std::string& path, FileKind* kind);

}  // namespace tobii::io
