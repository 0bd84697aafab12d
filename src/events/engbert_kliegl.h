// EngbertKlieglClassifier: saccade detection with a velocity threshold
// adapted to each recording's noise (Engbert & Kliegl 2003, "Microsaccades
// uncover the orientation of covert attention", Vision Research 43).
//
// 1. Per axis, the velocity of sample n is the five-sample moving difference
//    (x[n+2] + x[n+1] - x[n-1] - x[n-2]) / (t[n+2] + t[n+1] - t[n-1] - t[n-2]),
//    in degrees on the screen (preprocess::GazeDirectionDeg) per second
//    (their eq. 1, with the times
//    taken from the timestamps); it needs all five samples valid.
// 2. Per axis, the noise is the median-based SD
//    sigma = sqrt(median(v^2) - median(v)^2) (eq. 2), estimated per block of
//    `noise_window_s`; where it is zero (noise-free data) the mean-based SD
//    stands in, as in Engbert's microsacc.m.
// 3. A sample with (vx / (lambda sigma_x))^2 + (vy / (lambda sigma_y))^2 > 1
//    is a saccade candidate; a run of candidates lasting at least
//    `min_saccade_duration_ms` (n samples last n intervals) is a saccade,
//    shorter runs are fixation samples. Valid
//    samples that are not saccade samples are fixation samples (intervals
//    between saccades); those without a velocity stay unclassified.
// Parameters: EngbertKlieglSettings; doc/algorithms/engbert_kliegl.md.
//
// Streams: holds one noise block (`noise_window_s` of samples, and never
// more than kMaxNoiseBlockSamples), the five samples of one velocity, and
// `min_saccade_duration_ms` of candidates for the run length.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>

#include "events/classifier.h"
#include "tobii/settings.h"

namespace tobii::events {

// A block that a stopped clock keeps from ever spanning the noise window is
// cut here (10 s at 1200 Hz is 12 000 samples).
inline constexpr std::size_t kMaxNoiseBlockSamples = 1 << 16;

class EngbertKlieglClassifier : public Classifier {
 public:
  EngbertKlieglClassifier(const EngbertKlieglSettings& settings, const ScreenGeometry& screen);

  void Push(std::span<const LabelledSample> samples, std::vector<LabelledSample>* out) override;
  void Finish(std::vector<LabelledSample>* out) override;

 private:
  // The velocity thresholds lambda * sigma, per axis.
  struct Thresholds {
    double x = 0, y = 0;
  };

  void Enter(std::optional<LabelledSample> sample, std::vector<LabelledSample>* out);
  void CloseBlock(std::vector<LabelledSample>* out);
  Thresholds Estimate() const;
  void KeepLongRuns(const LabelledSample& sample, std::vector<LabelledSample>* out);

  EngbertKlieglSettings settings_;
  ScreenGeometry screen_;
  std::int64_t block_us_;

  // The five-sample velocity: the sample in the middle gets its velocity
  // once two more have arrived. Empty slots stand for "no sample" before the
  // first and after the last.
  std::deque<std::optional<LabelledSample>> recent_;

  // The noise block: samples with their per-axis velocities (NaN: none).
  std::vector<LabelledSample> block_;
  std::vector<float> vx_, vy_;
  std::optional<Thresholds> previous_;  // the last full block's
  mutable std::vector<float> scratch_;

  // Saccade candidates held until the run is long enough to be a saccade.
  std::vector<LabelledSample> candidates_;
  bool run_confirmed_ = false;
  std::int64_t min_saccade_us_;
  std::int64_t last_time_us_ = 0;      // of the latest sample labelled
  std::int64_t last_interval_us_ = 0;  // between the latest two
  bool any_sample_ = false;
};

}  // namespace tobii::events
