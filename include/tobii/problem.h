// Problem: something in the study that the run skipped or doubts, kept for
// problems.csv, run.json and the terminal. The run goes on.
#pragma once

#include <string>
#include <string_view>

namespace tobii {

// How much a problem cost.
enum class Severity {
  kError,    // the file (or the recording's annotations) was not used
  kWarning,  // used, with a doubt
};

// The step of the run that found it.
enum class Stage {
  kDiscover,      // walking the study folder, sniffing and pairing files
  kParticipants,  // the participants table
  kBoris,         // BORIS files, their matching and alignment
  kSync,          // clock offsets (sync table, study config, sync events)
  kRead,          // a recording's pass
  kFigures,       // choosing and drawing the figures
};

// The names written to problems.csv, run.json and the terminal.
constexpr std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
  }
  return "";
}

constexpr std::string_view StageName(Stage stage) {
  switch (stage) {
    case Stage::kDiscover:
      return "discover";
    case Stage::kParticipants:
      return "participants";
    case Stage::kBoris:
      return "boris";
    case Stage::kSync:
      return "sync";
    case Stage::kRead:
      return "read";
    case Stage::kFigures:
      return "figures";
  }
  return "";
}

struct Problem {
  std::string file;  // relative to the study folder
  Severity severity = Severity::kWarning;
  Stage stage = Stage::kDiscover;
  std::string message;  // `file:line:column: expected ..., found "..."` where it applies
};

}  // namespace tobii
