#include "interrupt.h"

#include <csignal>

namespace tobii::app {

namespace {

// Lock-free, so that a signal handler may set it.
std::atomic<int> interrupted{0};
static_assert(std::atomic<int>::is_always_lock_free);

void OnSignal(int signal) { interrupted.store(signal); }

}  // namespace

const std::atomic<int>* CatchInterrupts() {
  struct sigaction action{};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;  // the next one takes the default action
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  return &interrupted;
}

}  // namespace tobii::app
