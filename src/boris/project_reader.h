// BORIS project reader: a `.boris` project file (JSON, or `.boris.gz`, the
// same JSON gzip-compressed) to Annotations. The project file is BORIS's
// ground truth: every export is derived from its observations' events.
// doc/formats/boris.md and ../shared/reference/boris-formats.md §1 describe
// the format.
//
// What is read, per observation (in file order; the id is the JSON key, any
// string): the date as written, player 1's media queue, the time offset
// (seconds, may be negative; 0 when the key is absent, as BORIS itself
// assumes for projects older than the offset), the independent variables in
// file order and the events `[time, subject, behavior, modifiers,
// comment(, frame index(, image path))]`. Events are not sorted in the file
// and carry no START/STOP: the ethogram (`behaviors_conf`, a behaviour is a
// state when its type contains "STATE", as BORIS tests it) gives state or
// point, InferStatus the status by parity, PairEvents the bouts.
//
// Tolerated, as BORIS writes them: bare `NaN`, `Infinity` and `-Infinity`
// tokens outside strings (read as null); the legacy format 1.6
// (`project_media_file_info`, modifier sets stored as strings, modifiers
// with key suffixes such as "quadrupedal (Q)", kept as written); the
// no-focal subject written "" or "No focal subject" (both become
// kNoFocalSubject); a project with an ethogram and no observations (zero
// observations, no error); CRLF, a byte order mark, one-line JSON.
//
// Reported in Annotations::problems (Severity::kWarning, Stage::kBoris) and
// read on: an event array of fewer than 5 elements or a field of the wrong
// type (skipped), of more than 7 (its extra elements ignored); an event
// without a time (an IMAGES observation coded without timestamps; skipped);
// a behaviour that is not in the ethogram (taken as a point); unpaired and
// zero-length states (see pairing.h). Their messages read
// `file:N: observation "ID": ...` where N is the 1-based index of the event
// in that observation's `events` list (not a line of the file: indented and
// one-line projects alike hold events in that list).
//
// Errors (a failed Status, *out then holds no observation): bytes that are
// not JSON (`file:line:column: expected ..., found "..."`, the position in
// the file as given, compressed or not: in the decoded text for .gz and
// UTF-16), JSON that is not a BORIS project, a damaged gzip stream.
//
// Memory: the file's bytes, their decoded text (at most
// kMaxProjectBytes), the parsed JSON tree (at most kMaxProjectValues values,
// counted before the tree is built) and the annotations, all released on
// return but the annotations. Projects are kilobytes to a few megabytes.
#pragma once

#include <cstddef>
#include <string>

#include "boris/annotations.h"
#include "tobii/status.h"

namespace tobii::boris {

// A larger project (after inflating) is refused: no real project comes near
// (a study's worth of coding is some megabytes).
inline constexpr std::size_t kMaxProjectBytes = std::size_t{64} << 20;
// Nor does any come near this many JSON values (some 5 a coded event: 400
// thousand events), whose tree takes some 100 MiB.
inline constexpr std::size_t kMaxProjectValues = 2'000'000;

// Reads the project in `bytes` (the whole file, read by the caller; gzip and
// UTF-16 are recognised by their bytes, not by the name, and decoded by
// io/text_source.h as every reader's text is) into *out, replacing
// what it held. `path` names the file in messages and in Problem::file.
// Annotations::format is "BORIS project" followed by the project format
// version when the file gives one, e.g. "BORIS project 7.0".
Status ReadBorisProject(const std::string& path, const std::string& bytes, Annotations* out);

}  // namespace tobii::boris
