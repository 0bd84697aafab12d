// `tobii-pipeline run STUDY`: analyse a study folder.

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "analysis_options.h"
#include "interrupt.h"
#include "commands.h"
#include "figure_options.h"
#include "study_config.h"
#include "terminal_observer.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::app {

namespace {

// Where outputs go when --out is not given: beside the study, so a study
// folder is never written into.
std::filesystem::path DefaultOut(const std::filesystem::path& study) {
  std::filesystem::path absolute = std::filesystem::absolute(study).lexically_normal();
  if (!absolute.has_filename()) absolute = absolute.parent_path();
  return absolute.parent_path() / (absolute.filename().string() + "-results");
}

}  // namespace

int RunStudyAndReport(study::RunOptions options) {
  TerminalObserver observer(stderr);
  study::RunSummary summary;
  options.interrupt = CatchInterrupts();
  const Status status = study::RunStudy(options, &observer, &summary);
  const std::string out_shown = util::EscapeControls(options.out.string());
  if (!status.ok()) {
    for (const study::MissingResult& m : summary.missing) {
      fmt::print(stderr, "missing: {} (shard {}): {}\n", util::EscapeControls(m.file), m.shard,
                 util::EscapeControls(m.reason));
    }
    PrintError(status.message());
    // No groups is a question of how the study is meant to be analysed,
    // which the command line (or study.toml) answers: a usage error.
    return summary.no_groups ? kExitUsage : kExitNothingAnalysed;
  }
  if (summary.interrupted_by != 0) {
    fmt::print(stderr, "\ninterrupted: nothing was changed in {}", out_shown);
    if (options.merge) {
      fmt::print(stderr, ", and the shards' results are kept: merge again to finish the study");
    } else if (summary.finished_in_cache > 0) {
      fmt::print(stderr, " but its result cache, which keeps the {} recordings finished: the same command goes on "
                 "from there", summary.finished_in_cache);
    }
    fmt::print(stderr, "\n");
    return ExitStatusOfSignal(summary.interrupted_by);
  }
  if (summary.analysed == 0) {
    if (summary.recordings == 0) {
      PrintError(fmt::format("no recording found in {} (what each file is: tobii-pipeline inspect STUDY): "
                             "nothing written",
                             util::EscapeControls(options.study.string())));
    } else {
      PrintError(fmt::format("none of the {} recordings could be analysed (each is named above, with why): "
                             "nothing written",
                             summary.recordings));
    }
    return kExitNothingAnalysed;
  }
  const std::filesystem::path out = std::filesystem::absolute(options.out).lexically_normal();
  const std::size_t read = summary.analysed - summary.reused;
  fmt::print(stderr, "\nanalysed {} of {} recordings ({} failed) in {:.2f} s, peak memory {:.1f} MiB\n",
             summary.analysed, summary.recordings, summary.failed, summary.seconds, summary.peak_resident_mib);
  if (read > 0) {
    fmt::print(stderr, "{} read in {:.2f} s ({:.0f} MB/s)\n", read, summary.pass_seconds,
               summary.pass_seconds > 0 ? static_cast<double>(summary.bytes) / 1e6 / summary.pass_seconds : 0.0);
  }
  if (options.merge) {
    fmt::print(stderr, "{} recordings' results taken from the shards' {}/{}\n", summary.reused, out_shown,
               results::kCacheFolder);
  } else if (summary.reused > 0) {
    fmt::print(stderr, "{} unchanged since the last run: their results were taken from {}/{} "
               "(--no-cache reads every recording)\n",
               summary.reused, out_shown, results::kCacheFolder);
  }
  const char* indent = "tables:   ";
  for (const char* table :
       {results::kSummaryTable, results::kGroupStatsTable, results::kConditionStatsTable,
        results::kBehaviorMetricsTable, results::kBehaviorSummaryTable, results::kBehaviorConditionStatsTable,
        results::kIntervalMetricsTable, results::kAoiMetricsTable, results::kAoiTransitionsTable,
        results::kAoiSummaryTable, results::kObservationsTable, results::kProblemsTable, results::kColumnsTable}) {
    if (!std::filesystem::exists(out / table)) continue;  // the condition tables need conditions, the AOI tables AOIs
    fmt::print("{}{}\n", indent, (out / table).string());
    indent = "          ";
  }
  if (!std::filesystem::exists(out / results::kAoiMetricsTable)) {
    fmt::print("{}no AOI tables: no recording has an AOI, a stimulus or an --interval\n", indent);
  }
  const study::RunOutputPaths paths = study::OutputPaths(out);
  fmt::print("run info: {}\n", paths.run_info.string());
  fmt::print("figures:  {}\n", paths.figures.string());
  fmt::print("report:   {}\n", paths.report.string());
  fmt::print("results:  {} (`tobii-pipeline figures` redraws tables and figures from it)\n", paths.results.string());
  if (!summary.problems.empty()) {
    fmt::print(stderr, "{} problems, listed in problems.csv\n", summary.problems.size());
  }
  return kExitOk;
}

RunOptionsFinisher AddRunOptions(CLI::App* command) {
  auto options = std::make_shared<study::RunOptions>();
  auto out = std::make_shared<std::string>();
  command->add_option("study", options->study, "study folder (or a single export)")->required();
  command->add_option("--out", *out, "output folder (default: STUDY-results beside the study)");
  command->add_option("--jobs", options->jobs, "recordings analysed at once (default: all cores)")
      ->check(CLI::Range(0, kMaxJobs));
  AddInputOptions(command, &options->settings);
  auto no_boris = std::make_shared<bool>(false);
  command->add_flag("--no-boris", *no_boris, "pass over BORIS files (annotations are neither read nor matched)");
  command->add_flag("--write-events", options->write_events,
                    "also write each recording's events to OUT/events/PARTICIPANT_RECORDING.csv");
  command->add_flag("--force", options->force,
                    "write into an --out folder that is not empty and holds no earlier outputs (its files are kept)");
  auto no_cache = std::make_shared<bool>(false);
  command->add_flag("--no-cache", *no_cache,
                    "read every recording, even those whose results OUT's cache holds from an earlier run");
  auto config = std::make_shared<std::string>();
  command->add_option("--config", *config,
                      fmt::format("the study config (default: STUDY/{} when there is one); its keys are these "
                                  "options without their dashes",
                                  kStudyConfigName));
  auto sync_table = std::make_shared<std::string>();
  command->add_option("--sync-table", *sync_table,
                      "each recording's BORIS clock offset: a CSV/TSV with recording, offset_s and optionally "
                      "participant_id, drift_ppm (default: the one in the study, found by its header)");
  command->add_option("--names-from-path", options->names_from_path,
                      "participant, recording and group from where files lie, for files that do not name them "
                      "and studies without a participants table: e.g. \"data_{group}/{participant}_{recording}.*\"");
  auto no_groups = std::make_shared<bool>(false);
  command->add_flag("--no-groups", *no_groups,
                    "analyse a study whose recordings have no group (no participants table) as one group; "
                    "without it, such a study stops after discovery (exit 2)");
  const auto check_analysis = AddAnalysisOptions(command, &options->settings);
  AddFigureDataOptions(command, &options->settings);
  AddFigureOptions(command, &options->figures);
  return [command, options, out, no_boris, no_cache, no_groups, config, sync_table,
          check_analysis](study::RunOptions* finished) {
    std::filesystem::path config_file = *config;
    if (config_file.empty() && std::filesystem::is_directory(options->study) &&
        std::filesystem::is_regular_file(options->study / kStudyConfigName)) {
      config_file = options->study / kStudyConfigName;
    }
    if (!config_file.empty()) {
      if (Status s = ApplyStudyConfig(config_file, command, &options->sync); !s.ok()) return s;
      options->config_file = config_file.string();
    }
    if (Status s = check_analysis(); !s.ok()) return s;
    if (!options->names_from_path.empty()) {
      if (Status s = study::CheckNamePattern(options->names_from_path); !s.ok()) return s;
    }
    options->read_boris = !*no_boris;
    options->require_groups = !*no_groups;
    options->use_cache = !*no_cache;
    options->sync_table = *sync_table;
    options->out = out->empty() ? DefaultOut(options->study) : std::filesystem::path(*out);
    *finished = *options;
    return Status::Ok();
  };
}

CommandRunner AddRunCommand(CLI::App* command, const std::vector<std::string>* command_line) {
  const RunOptionsFinisher finish = AddRunOptions(command);
  auto shard = std::make_shared<std::string>();
  command->add_option("--shard", *shard,
                      "analyse only the K-th of N shares of the recordings into OUT's cache, for a job array "
                      "(e.g. Slurm's; see `merge`): K/N, 1 <= K <= N");
  return [finish, shard, command_line] {
    study::RunOptions options;
    if (Status s = finish(&options); !s.ok()) {
      PrintError(s.message());
      return kExitUsage;
    }
    options.command_line = *command_line;
    if (shard->empty()) return RunStudyAndReport(options);
    study::ShardId id;
    if (Status s = study::ParseShardId(*shard, &id); !s.ok()) {
      PrintError(s.message());
      return kExitUsage;
    }
    return RunShardAndReport(options, id, ShardArguments(*command_line));
  };
}

}  // namespace tobii::app
