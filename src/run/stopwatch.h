// Wall-clock seconds since a moment, for run.json's timings and each
// recording's pass time. Holds one time point.
#pragma once

#include <chrono>

namespace tobii::study {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}

  // Seconds since construction.
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

}  // namespace tobii::study
