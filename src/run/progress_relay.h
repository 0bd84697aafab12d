// Passes the workers' progress on to the run's observer, one call at a
// time and at most every kProgressInterval, so a terminal is not flooded.
// Thread-safe; holds two counters and the time of the last report.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

#include "tobii/problem.h"
#include "tobii/run.h"

namespace tobii::study {

class ProgressRelay {
 public:
  // `observer` may be null: nothing is told.
  ProgressRelay(RunObserver* observer, std::uint64_t bytes_total, std::size_t recordings_total)
      : observer_(observer), bytes_total_(bytes_total), recordings_total_(recordings_total) {}

  // Bytes read since the last call, by any worker; told when the interval
  // has passed and no other worker is telling.
  void AddBytes(std::uint64_t bytes);
  // A recording's pass ended, failed or not; always told.
  void RecordingDone();
  void Failed(const Problem& problem);

 private:
  static constexpr auto kProgressInterval = std::chrono::milliseconds(100);
  void Report(bool always);

  RunObserver* observer_;
  std::uint64_t bytes_total_;
  std::size_t recordings_total_;
  std::atomic<std::uint64_t> bytes_done_{0};
  std::atomic<std::size_t> recordings_done_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace tobii::study
