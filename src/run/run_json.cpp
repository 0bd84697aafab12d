#include "run/run_json.h"

#include <string>

#include "io/recording_format.h"
#include "report/figure_options_json.h"
#include "report/outputs.h"
#include "run/versions.h"

namespace tobii::study {

namespace {

nlohmann::json InputJson(const RecordingInput& input, const PassOutcome& outcome) {
  return {{"file", input.file},
          {"participant_id", input.participant_id},
          {"recording", input.recording},
          {"names_from", {{"participant", input.participant_from}, {"recording", input.recording_from}}},
          {"format", io::FormatKey(input.format)},
          {"group", input.group},
          {"bytes", input.bytes},
          {"boris_file", input.annotation_file},
          {"boris_observation", input.observation ? input.observation->id : ""},
          {"boris_bouts", input.observation ? input.observation->bouts.size() : 0},
          {"clock_sync", input.clock_sync ? nlohmann::json{{"offset_s", input.clock_sync->offset_s},
                                                           {"drift_ppm", input.clock_sync->drift_ppm},
                                                           {"from", input.clock_sync_source}}
                                          : nlohmann::json()},
          {"status", outcome.status.ok() ? "analysed" : "failed"},
          {"from_cache", outcome.from_cache},
          {"seconds", outcome.seconds}};
}

nlohmann::json InputsJson(const std::vector<RecordingInput>& recordings,
                          const std::vector<PassOutcome>& outcomes) {
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < recordings.size(); ++i) list.push_back(InputJson(recordings[i], outcomes[i]));
  return list;
}

// Every file and folder of the study and what became of it.
nlohmann::json FilesJson(const std::vector<FileVerdict>& files) {
  nlohmann::json list = nlohmann::json::array();
  for (const FileVerdict& f : files)
    list.push_back({{"file", f.file}, {"role", f.role}, {"detail", f.detail}});
  return list;
}

nlohmann::json ProblemsJson(const std::vector<Problem>& problems) {
  nlohmann::json list = nlohmann::json::array();
  for (const Problem& p : problems) {
    list.push_back({{"file", p.file},
                    {"severity", SeverityName(p.severity)},
                    {"stage", StageName(p.stage)},
                    {"message", p.message}});
  }
  return list;
}

}  // namespace

nlohmann::json RunJson(const RunOptions& options, const StudyInputs& inputs,
                       const std::vector<PassOutcome>& outcomes, int workers, const RunTimings& timings,
                       const RunSummary& summary) {
  const double throughput_mb_per_s =
      timings.analyse_s > 0 ? static_cast<double>(summary.bytes) / 1e6 / timings.analyse_s : 0.0;
  return {
      {"program", "tobii-pipeline"},
      {"version", TOBII_VERSION},
      {"versions", run::Versions()},
      {"command_line", options.command_line},
      {"study", options.study.string()},
      {"participants_file", inputs.participants_file},
      {"settings", report::SettingsJson(options.settings)},
      {"figure_options", report::FigureOptionsJson(options.figures)},
      {"write_events", options.write_events},
      {"jobs", workers},
      {"recordings",
       {{"found", summary.recordings},
        {"analysed", summary.analysed},
        {"failed", summary.failed},
        {"reused_from_cache", summary.reused}}},
      {"cache_read", options.use_cache},
      {"inputs", InputsJson(inputs.recordings, outcomes)},
      {"boris_files", inputs.boris_files},
      {"sync_table", inputs.sync_table},
      {"aoi_file", inputs.aois.file},
      {"interval_tables", inputs.interval_tables},
      {"config_file", options.config_file},
      {"read_boris", options.read_boris},
      {"no_groups", !options.require_groups},
      {"files", FilesJson(inputs.files)},
      {"timings_s",
       {{"discover", timings.discover_s},
        {"analyse", timings.analyse_s},
        {"write", timings.write_s},
        {"total", summary.seconds}}},
      {"bytes_read", summary.bytes},
      {"throughput_mb_per_s", throughput_mb_per_s},
      {"peak_resident_mib",
       {{"after_discover", timings.discover_peak_mib},
        {"after_analyse", timings.analyse_peak_mib},
        {"total", summary.peak_resident_mib}}},
      {"problems", ProblemsJson(summary.problems)},
  };
}

}  // namespace tobii::study
