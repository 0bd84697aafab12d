// The signal that asked the work to stop (RunOptions::interrupt, set by
// the command line's handler), read where the work can stop.
#pragma once

#include <atomic>

namespace tobii::util {

// 0 when no signal came, or none is watched (`interrupt` null).
inline int StopSignal(const std::atomic<int>* interrupt) {
  return interrupt == nullptr ? 0 : interrupt->load();
}

}  // namespace tobii::util
