// Format sniffing: what a file is, judged by its content, never by its
// name. A study folder holds recordings in several formats next to BORIS
// files, tables, notes, our own outputs and things nobody meant for us;
// only the content tells them apart, and every file gets a verdict that
// says what it is, so none is passed over in silence (study/discover.h).
//
// The start of the file (kSniffBytes) is read as stored, then undone the
// way the readers undo it (io/text_source.h: gzip inflated, UTF-16
// decoded, BOM dropped): a recording's format is judged from its text,
// skipping a Tobii Studio preamble before its header.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "io/recording_format.h"
#include "io/text_source.h"
#include "tobii/sniff.h"  // FileKind, Sniffed, SniffFile
#include "tobii/status.h"

namespace tobii::io {

// Enough for any header a table of ours or Tobii's starts with, and the
// preamble of a Tobii Studio export before it.
inline constexpr std::size_t kSniffBytes = 64 * 1024;

// How the reason given for a spreadsheet (an .xlsx, .xls or .ods workbook)
// begins: a participants table is often kept as one, and is to be saved as
// text.
inline constexpr std::string_view kSpreadsheet = "a spreadsheet";

// Judges the start of a file as stored (at most kSniffBytes of it).
// `whole_file`: the prefix is the whole file (no more bytes follow).
Sniffed SniffPrefix(std::string_view raw_prefix, bool whole_file);

// A Tobii Studio export may open with a preamble ("System Properties:",
// "Recording date:\t 27/09/2011", ...) of some dozens of lines before its
// header; a text that has not reached a header by then is no export. The
// sniffer and io/studio_reader.h pass over the same lines.
inline constexpr int kMaxStudioPreambleLines = 200;

// A line of a Tobii Studio preamble: blank, a section title ("Filter
// settings:"), or "key:\t value" / "key: value".
bool IsStudioPreambleLine(std::string_view line);

// One line of text (a BOM already removed) judged as a table's header:
// kRecording (format set), kParticipantsTable, kSyncTable, kDesignTable, kAoiTable, kIntervalTable,
// kBorisExport, kOwnOutput, kUnreadable (with what) or kOther.
Sniffed SniffHeaderLine(std::string_view line);

// Whether the start of a file (plain or gzip) is a BORIS project: JSON
// naming "behaviors_conf" or "project_format_version".
bool LooksLikeBorisProject(std::string_view prefix);

}  // namespace tobii::io
