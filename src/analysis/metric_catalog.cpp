#include "analysis/metric_catalog.h"

#include <limits>

namespace tobii::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kSecondsPerMinute = 60.0;

// A count per minute of recording; NaN for an empty recording.
double PerMinute(std::int64_t count, double duration_s) {
  return duration_s > 0 ? kSecondsPerMinute * static_cast<double>(count) / duration_s : kNaN;
}

}  // namespace

const std::vector<RecordingMetricDef>& RecordingMetricCatalog() {
  static const std::vector<RecordingMetricDef> catalog = {
      {"validity_pct", [](const RecordingResult& r) { return r.samples > 0 ? r.validity_pct() : kNaN; }},
      {"on_screen_pct", [](const RecordingResult& r) { return r.samples > 0 ? r.on_screen_pct() : kNaN; }},
      {"precision_rms_s2s_deg", [](const RecordingResult& r) { return r.precision_rms_s2s_deg; }},
      {"fixation_rate_per_min",
       [](const RecordingResult& r) { return PerMinute(r.fixation_count, r.duration_s); }},
      {"fixation_duration_mean_ms", [](const RecordingResult& r) { return r.fixation_duration_mean_ms; }},
      {"saccade_rate_per_min",
       [](const RecordingResult& r) { return PerMinute(r.saccade_count, r.duration_s); }},
      {"saccade_amplitude_mean_deg", [](const RecordingResult& r) { return r.saccade_amplitude_mean_deg; }},
      {"saccade_peak_velocity_mean_deg_per_s",
       [](const RecordingResult& r) { return r.saccade_peak_velocity_mean_deg_per_s; }},
      {"blink_rate_per_min", [](const RecordingResult& r) { return PerMinute(r.blink_count, r.duration_s); }},
      {"blink_duration_mean_ms", [](const RecordingResult& r) { return r.blink_duration_mean_ms; }},
      {"pupil_mean_mm", [](const RecordingResult& r) { return r.pupil_mean_mm; }},
  };
  return catalog;
}

const std::vector<BehaviorMetricDef>& BehaviorMetricCatalog() {
  static const std::vector<BehaviorMetricDef> catalog = {
      {"validity_pct", true, false, [](const BehaviorResult& b) { return b.valid_pct(); }},
      {"pupil_mean_mm", true, false, [](const BehaviorResult& b) { return b.pupil_mean_mm; }},
      {"pupil_change_pct", true, false, [](const BehaviorResult& b) { return b.pupil_change_pct; }},
      {"fixation_rate_per_s", true, false, [](const BehaviorResult& b) { return b.fixation_rate_per_s; }},
      {"fixation_duration_mean_ms", true, false,
       [](const BehaviorResult& b) { return b.fixation_duration_mean_ms; }},
      {"saccade_rate_per_s", true, false, [](const BehaviorResult& b) { return b.saccade_rate_per_s; }},
      {"saccade_amplitude_mean_deg", true, false,
       [](const BehaviorResult& b) { return b.saccade_amplitude_mean_deg; }},
      {"gaze_dispersion_px", true, false, [](const BehaviorResult& b) { return b.gaze_dispersion_px; }},
      {"pupil_response_mm", false, true, [](const BehaviorResult& b) { return b.pupil_response_mm; }},
      {"pupil_response_pct", false, true, [](const BehaviorResult& b) { return b.pupil_response_pct; }},
  };
  return catalog;
}

}  // namespace tobii::analysis
