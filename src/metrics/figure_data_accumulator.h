// FigureDataAccumulator: fills a recording's FigureData while its samples
// and events stream by. Memory: the grid, the duration bins and the
// saccade reservoir, fixed by FigureSettings.
#pragma once

#include <cstdint>
#include <span>

#include "preprocess/gaze_sample.h"
#include "tobii/event.h"
#include "tobii/figure_data.h"
#include "tobii/settings.h"

namespace tobii::metrics {

class FigureDataAccumulator {
 public:
  FigureDataAccumulator(const FigureSettings& settings, const ScreenGeometry& screen);

  void AddSamples(std::span<const preprocess::GazeSample> samples);
  void AddEvents(std::span<const Event> events);
  void Finish(FigureData* data) const { *data = data_; }

 private:
  FigureData data_;
  double width_px_, height_px_;
  std::size_t reservoir_size_;
  std::int64_t saccades_seen_ = 0;
  std::uint64_t random_state_;  // the reservoir's draws: the same recording, the same sample
};

}  // namespace tobii::metrics
