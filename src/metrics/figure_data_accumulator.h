// FigureDataAccumulator: fills a recording's FigureData while its samples
// and events stream by. Memory: the grid, the saccade reservoir and the
// fixation durations at kDurationResolutionUs (40 KB for 1000 ms), fixed by
// FigureSettings.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "preprocess/gaze_sample.h"
#include "tobii/event.h"
#include "tobii/figure_data.h"
#include "tobii/settings.h"

namespace tobii::metrics {

// Fixation durations are counted this finely while the recording streams
// by, and put into whole-sample bins once its sampling rate is known: a
// tenth of a millisecond is well under half the sample interval of the
// fastest Tobii trackers (1200 Hz: 0.83 ms), so no duration lands in the
// wrong sample.
inline constexpr std::int64_t kDurationResolutionUs = 100;

class FigureDataAccumulator {
 public:
  FigureDataAccumulator(const FigureSettings& settings, const ScreenGeometry& screen);

  void AddSamples(std::span<const preprocess::GazeSample> samples);
  void AddEvents(std::span<const Event> events);
  // `sampling_rate_hz`: the recording's (metrics/interval_counter.h). The
  // fixation-duration bins are then a whole number of sample intervals, the
  // nearest to FigureSettings::fixation_bin_ms (20 ms at 120 Hz: 2 samples,
  // 16.7 ms), so each bin holds the same number of possible durations and
  // the histogram does not zig-zag as 20 ms bins over 8.33 ms steps do.
  // Without a rate (NaN), bins of fixation_bin_ms.
  void Finish(double sampling_rate_hz, FigureData* data) const;

 private:
  FigureData data_;  // all but the duration bins, made by Finish
  double width_px_, height_px_;
  std::size_t reservoir_size_;
  double bin_ms_, max_ms_;
  std::vector<std::uint32_t> durations_;  // per kDurationResolutionUs; the last holds every longer one
  std::int64_t saccades_seen_ = 0;
  std::uint64_t random_state_;  // the reservoir's draws: the same recording, the same sample
};

}  // namespace tobii::metrics
