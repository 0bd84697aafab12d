// IdtClassifier: dispersion-threshold identification (Salvucci & Goldberg
// 2000). A window of valid samples spanning at least the minimum fixation
// duration whose dispersion (max x - min x) + (max y - min y), in degrees
// of gaze direction, is within the threshold starts a fixation; the
// fixation grows sample by sample while the dispersion stays within it.
// Dispersion is measured in preprocess::GazeDirectionDeg, on the screen.
// When a window is too dispersed its first sample is a saccade sample and
// the window moves on. A lost sample ends the window: samples that never
// made a window long enough (before a gap, at the end) stay unclassified.
// Parameters: IdtSettings; doc/algorithms/idt.md.
//
// Streams: holds at most one window (`min_fixation_duration_ms` of samples,
// and never more than kMaxIdtWindowSamples).
#pragma once

#include <cstddef>
#include <deque>

#include "events/classifier.h"
#include "events/extent.h"
#include "tobii/settings.h"

namespace tobii::events {

// A window that a stopped clock keeps from ever spanning the minimum
// duration is cut here (100 ms at 1200 Hz is 120 samples).
inline constexpr std::size_t kMaxIdtWindowSamples = 4096;

class IdtClassifier : public Classifier {
 public:
  IdtClassifier(const IdtSettings& settings, const ScreenGeometry& screen);

  void Push(std::span<const LabelledSample> samples, std::vector<LabelledSample>* out) override;
  void Finish(std::vector<LabelledSample>* out) override;

 private:
  void TryWindow(std::vector<LabelledSample>* out);
  void Flush(SampleClass label, std::vector<LabelledSample>* out);

  double dispersion_threshold_deg_;
  ScreenGeometry screen_;
  std::int64_t min_duration_us_;

  std::deque<LabelledSample> window_;  // valid samples not yet labelled
  bool in_fixation_ = false;
  bool follows_fixation_ = false;      // the window starts where a fixation ended
  Extent fixation_;                    // the current fixation's extent
  std::int64_t last_time_us_ = 0;
  std::int64_t last_interval_us_ = 0;
  bool any_sample_ = false;
};

}  // namespace tobii::events
