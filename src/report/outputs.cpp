#include "report/outputs.h"

#include "io/atomic_file.h"
#include "io/csv_writer.h"

namespace tobii::report {

using io::FormatNumber;

Status WriteSummaryCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  std::string out;
  io::AppendCsvRow(&out, {"participant_id", "recording", "group", "file", "duration_s", "samples",
                          "sampling_rate_hz", "validity_pct", "on_screen_pct", "fixation_count", "fixation_duration_mean_ms",
                          "saccade_count", "saccade_amplitude_mean_deg", "saccade_peak_velocity_mean_deg_per_s",
                          "blink_count", "blink_rate_per_min", "blink_duration_mean_ms", "precision_rms_s2s_deg",
                          "pupil_mean_mm"});
  for (const RecordingResult& r : results) {
    io::AppendCsvRow(&out, {r.participant_id, r.recording, r.group, r.file, FormatNumber(r.duration_s, 3),
                            std::to_string(r.samples), FormatNumber(r.sampling_rate_hz, 2),
                            FormatNumber(r.validity_pct(), 3), FormatNumber(r.on_screen_pct(), 3),
                            std::to_string(r.fixation_count),
                            FormatNumber(r.fixation_duration_mean_ms, 3), std::to_string(r.saccade_count),
                            FormatNumber(r.saccade_amplitude_mean_deg, 3),
                            FormatNumber(r.saccade_peak_velocity_mean_deg_per_s, 2), std::to_string(r.blink_count),
                            FormatNumber(r.blink_rate_per_min, 3), FormatNumber(r.blink_duration_mean_ms, 2),
                            FormatNumber(r.precision_rms_s2s_deg, 4), FormatNumber(r.pupil_mean_mm, 4)});
  }
  return io::WriteFileAtomically(path, out);
}

Status WriteBehaviorMetricsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  std::string out;
  io::AppendCsvRow(&out, {"participant_id", "recording", "group", "behavior", "kind", "annotated_s", "clipped_s",
                          "bouts", "events", "validity_pct", "pupil_mean_mm", "pupil_sd_mm", "pupil_change_pct",
                          "pupil_response_mm", "pupil_response_pct", "fixation_count", "fixation_rate_per_s",
                          "fixation_duration_mean_ms", "saccade_count", "saccade_rate_per_s",
                          "saccade_amplitude_mean_deg", "gaze_dispersion_px"});
  constexpr double kNaN = BehaviorResult::kNaN;
  for (const RecordingResult& r : results) {
    for (const BehaviorResult& b : r.behaviors) {
      const bool state = !b.point;
      const auto count = [&](std::int64_t n) { return state ? std::to_string(n) : std::string(); };
      io::AppendCsvRow(
          &out, {r.participant_id, r.recording, r.group, b.behavior, b.point ? "point" : "state",
                 FormatNumber(state ? b.annotated_s : kNaN, 3), FormatNumber(state ? b.clipped_s : kNaN, 3),
                 count(b.bouts), b.point ? std::to_string(b.events) : std::string(),
                 FormatNumber(b.valid_pct(), 3), FormatNumber(b.pupil_mean_mm, 4), FormatNumber(b.pupil_sd_mm, 4),
                 FormatNumber(b.pupil_change_pct, 3), FormatNumber(b.pupil_response_mm, 4),
                 FormatNumber(b.pupil_response_pct, 3), count(b.fixation_count), FormatNumber(b.fixation_rate_per_s, 4),
                 FormatNumber(b.fixation_duration_mean_ms, 2), count(b.saccade_count),
                 FormatNumber(b.saccade_rate_per_s, 4), FormatNumber(b.saccade_amplitude_mean_deg, 3),
                 FormatNumber(b.gaze_dispersion_px, 2)});
    }
  }
  return io::WriteFileAtomically(path, out);
}

Status WriteProblemsCsv(const std::filesystem::path& path, const std::vector<Problem>& problems) {
  std::string out;
  io::AppendCsvRow(&out, {"file", "severity", "stage", "message"});
  for (const Problem& p : problems)
    io::AppendCsvRow(&out, {p.file, SeverityName(p.severity), StageName(p.stage), p.message});
  return io::WriteFileAtomically(path, out);
}

nlohmann::json SettingsJson(const Settings& s) {
  static const char* const kEyes[] = {"left", "right", "average", "strict_average"};
  static const char* const kNoise[] = {"none", "moving_median", "moving_average"};
  return {
      {"preprocess",
       {{"gap_fill_max_ms", s.preprocess.gap_fill_max_ms},
        {"eye", kEyes[static_cast<int>(s.preprocess.eye)]},
        {"noise", kNoise[static_cast<int>(s.preprocess.noise)]},
        {"noise_window_samples", s.preprocess.noise_window_samples}}},
      {"screen",
       {{"width_px", s.screen.width_px},
        {"height_px", s.screen.height_px},
        {"width_mm", s.screen.width_mm},
        {"height_mm", s.screen.height_mm},
        {"distance_mm", s.screen.distance_mm}}},
      {"ivt",
       {{"velocity_threshold_deg_per_s", s.ivt.velocity_threshold_deg_per_s},
        {"velocity_window_ms", s.ivt.velocity_window_ms},
        {"merge_max_gap_ms", s.ivt.merge_max_gap_ms},
        {"merge_max_angle_deg", s.ivt.merge_max_angle_deg},
        {"min_fixation_duration_ms", s.ivt.min_fixation_duration_ms},
        {"drop_saccades_at_loss", s.ivt.drop_saccades_at_loss},
        {"post_saccadic_max_ms", s.ivt.post_saccadic_max_ms}}},
      {"detector", s.detector},
      {"behavior",
       {{"subject", s.behavior.subject},
        {"match", s.behavior.match},
        {"offset_s", s.behavior.offset_s},
        {"sync_event", s.behavior.sync_event},
        {"point_window_start_s", s.behavior.point_window_start_s},
        {"point_window_end_s", s.behavior.point_window_end_s}}},
      {"idt",
       {{"dispersion_threshold_deg", s.idt.dispersion_threshold_deg},
        {"min_fixation_duration_ms", s.idt.min_fixation_duration_ms}}},
      {"engbert_kliegl",
       {{"lambda", s.engbert_kliegl.lambda},
        {"min_saccade_duration_ms", s.engbert_kliegl.min_saccade_duration_ms},
        {"noise_window_s", s.engbert_kliegl.noise_window_s},
        {"min_fixation_duration_ms", s.engbert_kliegl.min_fixation_duration_ms}}},
      {"blink", {{"min_duration_ms", s.blink.min_duration_ms}, {"max_duration_ms", s.blink.max_duration_ms}}},
      {"figures",
       {{"gaze_grid_columns", s.figures.gaze_grid_columns},
        {"fixation_bin_ms", s.figures.fixation_bin_ms},
        {"fixation_max_ms", s.figures.fixation_max_ms},
        {"main_sequence_saccades", s.figures.main_sequence_saccades},
        {"samples", s.figures.samples},
        {"sample_count", s.figures.sample_count},
        {"sample_start_s", s.figures.sample_start_s},
        {"sample_window_s", s.figures.sample_window_s},
        {"sample_bins", s.figures.sample_bins}}},
      {"jobs", s.jobs},
      {"max_samples", s.max_samples},
  };
}

Status WriteJson(const std::filesystem::path& path, const nlohmann::json& document) {
  return io::WriteFileAtomically(path, document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace tobii::report
