#include "metrics/sample_trace_accumulator.h"

#include <algorithm>
#include <cmath>

#include "util/units.h"

namespace tobii::metrics {

using util::kMicrosecondsPerSecond;

SampleTraceAccumulator::SampleTraceAccumulator(const FigureSettings& settings, const ScreenGeometry& screen,
                                               double velocity_threshold_deg_per_s)
    : bins_(static_cast<std::size_t>(std::max(1, settings.sample_bins))),
      start_offset_us_(settings.sample_start_s * kMicrosecondsPerSecond),
      window_us_(settings.sample_window_s * kMicrosecondsPerSecond) {
  trace_.start_s = settings.sample_start_s;
  trace_.window_s = settings.sample_window_s;
  trace_.bin_s = settings.sample_window_s / static_cast<double>(bins_.size());
  trace_.velocity_threshold_deg_per_s = velocity_threshold_deg_per_s;
  trace_.screen_width_px = screen.width_px;
  trace_.screen_height_px = screen.height_px;
}

void SampleTraceAccumulator::AddMeasured(std::span<const events::LabelledSample> samples) {
  if (passed_ || samples.empty()) return;
  if (!started_) {
    started_ = true;
    start_us_ = samples.front().gaze.time_us + std::llround(start_offset_us_);
    end_us_ = start_us_ + std::llround(window_us_);
  }
  const double bin_us = trace_.bin_s * kMicrosecondsPerSecond;
  for (const events::LabelledSample& s : samples) {
    const std::int64_t t = s.gaze.time_us;
    if (t >= end_us_) {
      passed_ = true;
      break;
    }
    if (t < start_us_) continue;
    const auto index =
        std::min(bins_.size() - 1, static_cast<std::size_t>(static_cast<double>(t - start_us_) / bin_us));
    Bin& bin = bins_[index];
    bin.time_sum_us += static_cast<double>(t - start_us_);
    ++bin.n;
    if (s.gaze.valid) {
      bin.x_sum += s.gaze.x_px;
      bin.y_sum += s.gaze.y_px;
      ++bin.gaze_n;
    }
    if (!std::isnan(s.gaze.pupil_mm)) {
      bin.pupil_sum += s.gaze.pupil_mm;
      ++bin.pupil_n;
    }
    if (!std::isnan(s.velocity_deg_per_s) && !(s.velocity_deg_per_s <= bin.velocity_max)) {
      bin.velocity_max = s.velocity_deg_per_s;
    }
  }
}

void SampleTraceAccumulator::AddEvents(std::span<const Event> events) {
  if (!started_) return;
  for (const Event& e : events) {
    if (e.offset_us <= start_us_ || e.onset_us >= end_us_) continue;
    if (trace_.events.size() >= bins_.size()) {
      trace_.events_truncated = true;
      return;
    }
    SampleTrace::Interval interval;
    interval.type = e.type;
    interval.start_s = static_cast<float>(static_cast<double>(std::max(e.onset_us, start_us_) - start_us_) /
                                          kMicrosecondsPerSecond);
    interval.end_s = static_cast<float>(static_cast<double>(std::min(e.offset_us, end_us_) - start_us_) /
                                        kMicrosecondsPerSecond);
    // Blinks have no position (Event leaves them at 0).
    const bool positioned = e.type == EventType::kFixation || e.type == EventType::kSaccade;
    interval.x_px = positioned ? e.x_px : kMissing;
    interval.y_px = positioned ? e.y_px : kMissing;
    trace_.events.push_back(interval);
  }
}

void SampleTraceAccumulator::Finish(SampleTrace* trace) {
  *trace = std::move(trace_);
  for (std::vector<float>* series :
       {&trace->time_s, &trace->x_px, &trace->y_px, &trace->velocity_deg_per_s, &trace->pupil_mm}) {
    series->clear();
  }
  for (const Bin& bin : bins_) {
    if (bin.n == 0) continue;
    const bool gaze = bin.gaze_n > 0;
    trace->time_s.push_back(static_cast<float>(bin.time_sum_us / bin.n / kMicrosecondsPerSecond));
    trace->x_px.push_back(gaze ? static_cast<float>(bin.x_sum / bin.gaze_n) : kMissing);
    trace->y_px.push_back(gaze ? static_cast<float>(bin.y_sum / bin.gaze_n) : kMissing);
    trace->velocity_deg_per_s.push_back(bin.velocity_max);
    trace->pupil_mm.push_back(bin.pupil_n > 0 ? static_cast<float>(bin.pupil_sum / bin.pupil_n) : kMissing);
  }
}

}  // namespace tobii::metrics
