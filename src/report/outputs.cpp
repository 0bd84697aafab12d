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

Status WriteProblemsCsv(const std::filesystem::path& path, const std::vector<Problem>& problems) {
  std::string out;
  io::AppendCsvRow(&out, {"file", "severity", "stage", "message"});
  for (const Problem& p : problems) io::AppendCsvRow(&out, {p.file, p.severity, p.stage, p.message});
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
      {"idt",
       {{"dispersion_threshold_deg", s.idt.dispersion_threshold_deg},
        {"min_fixation_duration_ms", s.idt.min_fixation_duration_ms}}},
      {"engbert_kliegl",
       {{"lambda", s.engbert_kliegl.lambda},
        {"min_saccade_duration_ms", s.engbert_kliegl.min_saccade_duration_ms},
        {"noise_window_s", s.engbert_kliegl.noise_window_s},
        {"min_fixation_duration_ms", s.engbert_kliegl.min_fixation_duration_ms}}},
      {"blink", {{"min_duration_ms", s.blink.min_duration_ms}, {"max_duration_ms", s.blink.max_duration_ms}}},
      {"jobs", s.jobs},
      {"max_samples", s.max_samples},
  };
}

Status WriteJson(const std::filesystem::path& path, const nlohmann::json& document) {
  return io::WriteFileAtomically(path, document.dump(2) + "\n");
}

}  // namespace tobii::report
