// SampleTraceAccumulator: keeps one stretch of a recording for its sample
// figure (tobii/figure_data.h, SampleTrace) while the samples and events
// stream by. Only the recordings chosen for a sample figure run one.
//
// The velocity is taken as the I-VT detector takes it (events/velocity.h),
// whatever detector runs, so that the trace shows what a threshold sees.
//
// Memory: the bins and at most as many events (FigureSettings), and the
// velocity window. Once the stretch has passed, samples are not looked at.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "events/labelled_sample.h"
#include "events/velocity.h"
#include "preprocess/gaze_sample.h"
#include "tobii/event.h"
#include "tobii/figure_data.h"
#include "tobii/settings.h"

namespace tobii::metrics {

class SampleTraceAccumulator {
 public:
  // `velocity_threshold_deg_per_s` is drawn on the velocity (NaN: none).
  SampleTraceAccumulator(const FigureSettings& settings, const ScreenGeometry& screen,
                         double velocity_window_ms, double velocity_threshold_deg_per_s);

  // REQUIRES: time never runs backwards (the reader rejects it), so that
  // once a sample past the stretch has left the velocity window, none
  // inside it can follow.
  void AddSamples(std::span<const preprocess::GazeSample> samples);
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
  void AddLabelled();

  SampleTrace trace_;  // the fixed fields and the events
  std::vector<Bin> bins_;
  double start_offset_us_, window_us_;
  std::int64_t start_us_ = 0,
               end_us_ = 0;  // the stretch on the recording's clock, once its first sample is seen
  bool started_ = false;
  bool passed_ = false;  // every sample of the stretch has been binned
  events::VelocityStage velocity_;
  std::vector<events::LabelledSample> labelled_;  // scratch, reused
};

}  // namespace tobii::metrics
