#include "run/progress_relay.h"

namespace tobii::study {

void ProgressRelay::AddBytes(std::uint64_t bytes) {
  bytes_done_ += bytes;
  Report(false);
}

void ProgressRelay::RecordingDone() {
  ++recordings_done_;
  Report(true);
}

void ProgressRelay::Failed(const Problem& problem) {
  if (observer_ == nullptr) return;
  std::lock_guard lock(mutex_);
  observer_->OnRecordingFailed(problem);
}

void ProgressRelay::Report(bool always) {
  if (observer_ == nullptr) return;
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock() && !always) return;
  if (!lock.owns_lock()) lock.lock();
  const auto now = std::chrono::steady_clock::now();
  if (!always && now - last_ < kProgressInterval) return;
  last_ = now;
  observer_->OnProgress(bytes_done_, bytes_total_, recordings_done_, recordings_total_);
}

}  // namespace tobii::study
