// Ctrl-C (SIGINT) and SIGTERM stop a run cleanly: the first sets the flag
// the run watches (RunOptions::interrupt), so that its workers stop and
// nothing half-made reaches OUT; a second one ends the program at once
// (the signal's own action), for a user who will not wait.
#pragma once

#include <atomic>

namespace tobii::app {

// Installs the handlers (once) and returns the flag they set: 0 until a
// signal comes, then its number.
const std::atomic<int>* CatchInterrupts();

// The exit status of a program ended by `signal`: 128 + its number, as a
// shell reports it.
inline int ExitStatusOfSignal(int signal) { return 128 + signal; }

}  // namespace tobii::app
