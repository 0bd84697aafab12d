// TerminalObserver: tells the user how a run goes. On a terminal, one
// progress bar redrawn in place; otherwise one plain line per finished
// recording, so logs stay readable.
#pragma once

#include <cstdio>

#include "tobii/run.h"

namespace tobii::app {

class TerminalObserver final : public study::RunObserver {
 public:
  explicit TerminalObserver(std::FILE* stream);
  ~TerminalObserver() override;

  void OnDiscovered(const study::StudyOverview& study) override;
  void OnProgress(std::uint64_t bytes_done, std::uint64_t bytes_total, std::size_t recordings_done,
                  std::size_t recordings_total) override;
  void OnRecordingFailed(const Problem& problem) override;
  void OnRecordingWarning(const Problem& problem) override;

 private:
  void EndBar();

  std::FILE* stream_;
  bool is_terminal_;
  bool bar_shown_ = false;
  std::size_t recordings_reported_ = 0;
};

}  // namespace tobii::app
