// SampleTraceAccumulator: keeps one stretch of a recording for its sample
// figure (tobii/figure_data.h, SampleTrace) while the samples and events
// stream by. Only the recordings chosen for a sample figure run one.
//
// It is fed the samples the detector measured (events::Detector::measured):
// the velocity every detector's velocity stage takes (events/velocity.h),
// so the trace shows what a threshold sees and the velocity is computed
// once per recording.
//
// Memory: the bins and at most as many events (FigureSettings). Once the
// stretch has passed, samples are not looked at.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "events/labelled_sample.h"
#include "tobii/event.h"
#include "tobii/figure_data.h"
#include "tobii/settings.h"

namespace tobii::metrics {

class SampleTraceAccumulator {
 public:
  // `velocity_threshold_deg_per_s` is drawn on the velocity (NaN: none).
  SampleTraceAccumulator(const FigureSettings& settings, const ScreenGeometry& screen,
                         double velocity_threshold_deg_per_s);

  // The measured samples, in time order, each once. REQUIRES: time never
  // runs backwards (the reader rejects it), so that once a sample past the
  // stretch is seen, none inside it can follow.
  void AddMeasured(std::span<const events::LabelledSample> samples);
  void AddEvents(std::span<const Event> events);
  // REQUIRES: called once, after the last AddSamples() and AddEvents().
  void Finish(SampleTrace* trace);

 private:
  struct Bin {
    double time_sum_us = 0;  // from the stretch's start
    double x_sum = 0, y_sum = 0, pupil_sum = 0;
    std::int32_t n = 0, gaze_n = 0, pupil_n = 0;
    float velocity_max = kMissing;
  };
  SampleTrace trace_;  // the fixed fields and the events
  std::vector<Bin> bins_;
  double start_offset_us_, window_us_;
  std::int64_t start_us_ = 0,
               end_us_ = 0;  // the stretch on the recording's clock, once its first sample is seen
  bool started_ = false;
  bool passed_ = false;  // every sample of the stretch has been binned
};

}  // namespace tobii::metrics
