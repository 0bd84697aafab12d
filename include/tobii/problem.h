// Problem: something in the study that the run skipped or doubts, kept for
// problems.csv, run.json and the terminal. The run goes on.
#pragma once

#include <string>

namespace tobii {

struct Problem {
  std::string file;      // relative to the study folder
  std::string severity;  // "error": the file was skipped; "warning": used with a doubt
  std::string stage;     // "discover", "participants", "boris", "sync", "read", "figures"
  std::string message;   // `file:line:column: expected ..., found "..."` where it applies
};

}  // namespace tobii
