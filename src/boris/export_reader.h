// BORIS events exports (text) into Annotations. The kind of export is
// recognised by its content, never by the file's name:
// - tabular events, layout A (BORIS <= 8.9): a key/value metadata block
//   (Observation id, Media file(s) or Live observation, Player #n,
//   Observation date, Description, Time offset (s), an optional independent
//   variables block), then a `Time ... Status` table, rows padded with empty
//   cells; one observation per file;
// - tabular events, layout B (BORIS >= 8.9.4): one flat row per event with
//   `Behavior type` START/STOP/POINT and `Time`; several observations;
// - aggregated events: one row per bout (`Start (s)`, `Stop (s)`,
//   `Behavior type` STATE/POINT), 7.x to 9.x column sets; several
//   observations.
// TSV or CSV (the delimiter is read from the header), BOM, CRLF or LF.
// doc/formats/boris.md and ../shared/reference/boris-formats.md describe the
// formats.
//
// Columns are matched by name. Modifier columns (`Modifier 1..N`,
// `Modifier #1..#N`) are joined back with '|' as BORIS stores them, without
// the empty sets BORIS pads with; a `Modifiers` column is kept whole; spaces
// are kept and `None` and `NA` are values. Columns before `Subject` that are
// not BORIS's own are independent variables. `No focal subject`, `NA` and
// an empty subject are kNoFocalSubject. Times are seconds or HH:MM:SS.mmm.
//
// Tabular rows are paired by PairEvents; aggregated rows are bouts already
// (a STATE row whose stop is not after its start is dropped). What is
// dropped is reported in Annotations::problems (Severity::kWarning,
// Stage::kBoris), never fatal. A malformed file, a missing column, a time that is
// not a time, and every file that is not an events export (Excel/ODS, the
// project JSON, the observations list, the behavior binary table, the SQL
// dump, headerless fragments, numeric data tables...) are a Status error
// `file:line:column: expected ..., found ...` saying what the file looks like.
//
// Memory: the file's text, its rows (about the text's size again) and the
// annotations; BORIS exports are kilobytes.
#pragma once

#include <string>

#include "boris/annotations.h"
#include "tobii/status.h"

namespace tobii::boris {

// Reads the export in `text` (the whole file, read by the caller) into *out,
// which is replaced; on error *out holds no observation. `path` is only for
// messages and Annotations::file.
Status ReadBorisExport(const std::string& path, const std::string& text, Annotations* out);

}  // namespace tobii::boris
