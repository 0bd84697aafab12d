#include "report/outputs.h"

#include <string_view>
#include <type_traits>
#include <variant>

#include "io/atomic_file.h"
#include "io/csv_writer.h"
#include "metrics/result_fields.h"

namespace tobii::report {

using io::FormatNumber;

namespace {

// A field's cell: text as it is, a count in full, a number with the
// field's decimals (missing: empty).
template <typename Result>
std::string Cell(const metrics::ResultField<Result>& field, const Result& result) {
  return std::visit(
      [&](auto accessor) -> std::string {
        using Accessor = decltype(accessor);
        if constexpr (std::is_same_v<Accessor, std::string Result::*>) {
          return result.*accessor;
        } else if constexpr (std::is_same_v<Accessor, std::string (*)(const Result&)>) {
          return accessor(result);
        } else if constexpr (std::is_same_v<Accessor, double Result::*>) {
          return FormatNumber(result.*accessor, field.decimals);
        } else if constexpr (std::is_same_v<Accessor, double (*)(const Result&)>) {
          return FormatNumber(accessor(result), field.decimals);
        } else if constexpr (std::is_same_v<Accessor, bool Result::*>) {
          return result.*accessor ? "true" : "false";
        } else {
          return std::to_string(result.*accessor);
        }
      },
      field.value);
}

// Appends a field to a row begun with at least one field.
void AppendCell(std::string* row, std::string_view cell) {
  row->push_back(',');
  io::AppendCsvField(row, cell);
}

}  // namespace

Status WriteSummaryCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  std::string out;
  bool first = true;
  for (const metrics::RecordingField& field : metrics::RecordingFields()) {
    if (!(field.appears & metrics::kInTable)) continue;
    if (!first) out.push_back(',');
    first = false;
    io::AppendCsvField(&out, field.name);
  }
  out.push_back('\n');
  for (const RecordingResult& r : results) {
    first = true;
    for (const metrics::RecordingField& field : metrics::RecordingFields()) {
      if (!(field.appears & metrics::kInTable)) continue;
      if (!first) out.push_back(',');
      first = false;
      io::AppendCsvField(&out, Cell(field, r));
    }
    out.push_back('\n');
  }
  return io::WriteFileAtomically(path, out);
}

Status WriteBehaviorMetricsCsv(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  // Each row opens with the recording's identity.
  std::string out = "participant_id,recording,group";
  for (const metrics::BehaviorField& field : metrics::BehaviorFields()) {
    if (field.appears & metrics::kInTable) AppendCell(&out, field.name);
  }
  out.push_back('\n');
  for (const RecordingResult& r : results) {
    for (const BehaviorResult& b : r.behaviors) {
      io::AppendCsvRow(&out, {r.participant_id, r.recording, r.group});
      out.pop_back();  // the row goes on
      for (const metrics::BehaviorField& field : metrics::BehaviorFields()) {
        if (field.appears & metrics::kInTable) AppendCell(&out, metrics::AppliesTo(field, b) ? Cell(field, b) : "");
      }
      out.push_back('\n');
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
