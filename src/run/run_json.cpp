#include "run/run_json.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "io/recording_format.h"
#include "report/figure_options_json.h"
#include "report/outputs.h"
#include "report/run_record.h"
#include "run/versions.h"
#include "tobii/atomic_file.h"

namespace tobii::study {

namespace {

// The members of run.json that grow with the study (RunRecord).
constexpr const char* kInputsKey = "inputs";
constexpr const char* kFilesKey = "files";

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
          {"boris_bouts", input.observation ? input.observation_bouts : 0},
          {"clock_sync", input.clock_sync ? nlohmann::json{{"offset_s", input.clock_sync->offset_s},
                                                           {"drift_ppm", input.clock_sync->drift_ppm},
                                                           {"from", input.clock_sync_source}}
                                          : nlohmann::json()},
          {"status", outcome.status.ok() ? "analysed" : "failed"},
          {"from_cache", outcome.from_cache},
          {"seconds", outcome.seconds}};
}

// What became of one file or folder of the study.
nlohmann::json FileJson(const FileVerdict& f) {
  return {{"file", f.file}, {"role", f.role}, {"detail", f.detail}};
}

// Participants and analysed recordings per group, for the report's
// overview (the groups in name order, as std::map keeps them).
nlohmann::json GroupsJson(const std::vector<RecordingInput>& recordings,
                          const std::vector<PassOutcome>& outcomes) {
  std::map<std::string, std::pair<std::set<std::string>, std::size_t>> groups;
  for (std::size_t i = 0; i < recordings.size(); ++i) {
    if (!outcomes[i].status.ok()) continue;
    auto& [participants, analysed] = groups[recordings[i].group];
    participants.insert(recordings[i].participant_id);
    ++analysed;
  }
  nlohmann::json list = nlohmann::json::array();
  for (const auto& [group, counts] : groups) {
    list.push_back({{"group", group}, {"participants", counts.first.size()}, {"recordings", counts.second}});
  }
  return list;
}

// `json` dumped as run.json dumps it, its lines after the first indented
// by `indent` more (a string's own line breaks are escaped: every line
// break is the layout's).
std::string Dumped(const nlohmann::json& json, std::size_t indent) {
  const std::string text = json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    out += c;
    if (c == '\n') out.append(indent, ' ');
  }
  return out;
}

// A list of `count` entries, `entry(i)` each, as a member's value at the
// top level of run.json.
void WriteList(io::AtomicFile* file, std::size_t count,
               const std::function<nlohmann::json(std::size_t)>& entry) {
  if (count == 0) return file->Write("[]");
  file->Write("[\n");
  for (std::size_t i = 0; i < count; ++i) {
    file->Write("    ");
    file->Write(Dumped(entry(i), 4));
    file->Write(i + 1 < count ? ",\n" : "\n");
  }
  file->Write("  ]");
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

RunRecord RunJson(const RunOptions& options, const StudyInputs& inputs,
                  const std::vector<PassOutcome>& outcomes, int workers, const RunTimings& timings,
                  const RunSummary& summary) {
  const double throughput_mb_per_s =
      timings.analyse_s > 0 ? static_cast<double>(summary.bytes) / 1e6 / timings.analyse_s : 0.0;
  RunRecord record{.head = {}, .inputs = &inputs, .outcomes = &outcomes};
  record.head = {
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
      {"merged_from_shards", options.merge},
      {kInputsKey, nullptr},  // written by WriteRunJson
      {"groups", GroupsJson(inputs.recordings, outcomes)},
      {"boris_files", inputs.boris_files},
      {"sync_table", inputs.sync_table},
      {"aoi_file", inputs.aois.file},
      {"interval_tables", inputs.interval_tables},
      {"config_file", options.config_file},
      {"read_boris", options.read_boris},
      {"no_groups", !options.require_groups},
      {kFilesKey, nullptr},  // written by WriteRunJson
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
  return record;
}

Status WriteRunJson(const std::filesystem::path& path, const RunRecord& record) {
  io::AtomicFile file;
  if (Status s = file.Open(path); !s.ok()) return s;
  file.Write("{");
  const char* separator = "\n";
  for (const auto& [key, value] : record.head.items()) {
    file.Write(separator);
    separator = ",\n";
    file.Write("  " + nlohmann::json(key).dump() + ": ");
    if (key == kInputsKey) {
      WriteList(&file, record.inputs->recordings.size(), [&](std::size_t i) {
        return InputJson(record.inputs->recordings[i], (*record.outcomes)[i]);
      });
    } else if (key == kFilesKey) {
      WriteList(&file, record.inputs->files.size(),
                [&](std::size_t i) { return FileJson(record.inputs->files[i]); });
    } else {
      file.Write(Dumped(value, 2));
    }
  }
  file.Write("\n}\n");
  return file.Commit();
}

nlohmann::json ReportView(const RunRecord& record) {
  nlohmann::json view = record.head;
  view.erase(kInputsKey);
  nlohmann::json& files = view[kFilesKey] = nlohmann::json::array();
  for (const FileVerdict& f : record.inputs->files) {
    nlohmann::json file = FileJson(f);
    if (report::ReportListsFile(file)) files.push_back(std::move(file));
  }
  return view;
}

}  // namespace tobii::study
