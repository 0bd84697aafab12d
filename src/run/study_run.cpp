#include "run/study_run.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <numeric>
#include <set>
#include <thread>

#include <tbb/parallel_for_each.h>
#include <tbb/task_arena.h>

#include "boris/alignment.h"
#include "io/atomic_file.h"
#include "report/events_csv.h"
#include "report/html_report.h"
#include "report/outputs.h"
#include "report/results_file.h"
#include "report/study_analysis.h"
#include "report/versions.h"
#include "study/recording_pass.h"
#include "study/sample_choice.h"
#include "study/sync_event.h"
#include "util/memory.h"
#include "util/text.h"

namespace tobii::study {

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Progress is passed on at most this often, so a terminal is not flooded.
constexpr auto kProgressInterval = std::chrono::milliseconds(100);

// Reports progress from the workers to the observer, one call at a time.
class ProgressRelay {
 public:
  ProgressRelay(RunObserver* observer, std::uint64_t bytes_total, std::size_t recordings_total)
      : observer_(observer), bytes_total_(bytes_total), recordings_total_(recordings_total) {}

  void AddBytes(std::uint64_t bytes) {
    bytes_done_ += bytes;
    Report(false);
  }
  void RecordingDone() {
    ++recordings_done_;
    Report(true);
  }
  void Failed(const Problem& problem) {
    if (observer_ == nullptr) return;
    std::lock_guard lock(mutex_);
    observer_->OnRecordingFailed(problem);
  }

 private:
  void Report(bool always) {
    if (observer_ == nullptr) return;
    std::unique_lock lock(mutex_, std::try_to_lock);
    if (!lock.owns_lock() && !always) return;
    if (!lock.owns_lock()) lock.lock();
    const auto now = Clock::now();
    if (!always && now - last_ < kProgressInterval) return;
    last_ = now;
    observer_->OnProgress(bytes_done_, bytes_total_, recordings_done_, recordings_total_);
  }

  RunObserver* observer_;
  std::uint64_t bytes_total_;
  std::size_t recordings_total_;
  std::atomic<std::uint64_t> bytes_done_{0};
  std::atomic<std::size_t> recordings_done_{0};
  std::mutex mutex_;
  Clock::time_point last_{};
};

struct Outcome {
  RecordingResult result;
  Status status;
  std::vector<std::string> damage;  // what the recording's flaws cost (io/damage.h), when it was analysed
  bool resolution_known = true;     // the file gave its screen's (or scene camera's) resolution
};

// Streams a recording's events into OUT/events/, written whole or not at all.
class EventsFile {
 public:
  Status Open(const std::filesystem::path& path) {
    if (Status s = file_.Open(path); !s.ok()) return s;
    file_.Write(report::EventsCsvHeader());
    return Status::Ok();
  }
  void Add(std::span<const Event> events) {
    report::AppendEventsCsv(events, &buffer_);
    if (buffer_.size() > kFlushBytes) Flush();
  }
  Status Commit() {
    Flush();
    return file_.Commit();
  }

 private:
  static constexpr std::size_t kFlushBytes = 1 << 16;
  void Flush() {
    file_.Write(buffer_);
    buffer_.clear();
  }
  io::AtomicFile file_;
  std::string buffer_;
};

nlohmann::json InputJson(const RecordingInput& input, const Outcome& outcome) {
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
          {"seconds", outcome.result.seconds}};
}

// Every file and folder of the study and what became of it.
nlohmann::json FilesJson(const std::vector<FileVerdict>& files) {
  nlohmann::json list = nlohmann::json::array();
  for (const FileVerdict& f : files) list.push_back({{"file", f.file}, {"role", f.role}, {"detail", f.detail}});
  return list;
}

}  // namespace

Status RunStudy(const RunOptions& options, RunObserver* observer, RunSummary* summary) {
  const auto start = Clock::now();
  DiscoverOptions discover;
  discover.exclude = options.out;
  discover.read_boris = options.read_boris;
  if (!boris::ParseMatchRule(options.settings.behavior.match, &discover.match)) {
    return Status::Error("unknown BORIS matching rule \"" + options.settings.behavior.match + "\"");
  }
  discover.sync_table = options.sync_table;
  discover.sync = options.sync;
  discover.names_from_path = options.names_from_path;
  StudyInputs inputs;
  if (Status s = DiscoverStudy(options.study, &inputs, discover); !s.ok()) return s;
  // The output folder must be usable before the heavy work.
  std::error_code ec;
  std::filesystem::create_directories(options.out, ec);
  if (ec || !std::filesystem::is_directory(options.out)) {
    return Status::Error(options.out.string() + ": cannot use as the output folder" +
                         (ec ? ": " + ec.message() : ": not a folder"));
  }
  if (!options.settings.behavior.sync_event.empty()) {
    SyncByEvent(options.settings.behavior.sync_event, options.settings.jobs, &inputs.recordings, &inputs.problems);
  }
  // Each annotated recording's behaviours on its own clock, before the
  // heavy work, so that their problems are listed with the others.
  std::vector<boris::BehaviorTimeline> timelines(inputs.recordings.size());
  for (std::size_t i = 0; i < inputs.recordings.size(); ++i) {
    const RecordingInput& input = inputs.recordings[i];
    if (input.observation) {
      const boris::ClockSync clock = input.clock_sync.value_or(boris::ClockSync{options.settings.behavior.offset_s});
      timelines[i] = boris::AlignObservation(*input.observation, input.annotation_file, options.settings.behavior,
                                             clock, &inputs.problems);
    }
  }
  const std::vector<bool> sample_traces =
      ChooseSampleRecordings(inputs.recordings, options.settings.figures, &inputs.problems);
  const double discover_s = SecondsSince(start);
  const double discover_peak_mib = util::PeakResidentMiB();
  if (observer != nullptr) observer->OnDiscovered(inputs);

  const std::size_t n = inputs.recordings.size();
  std::uint64_t bytes_total = 0;
  for (const RecordingInput& input : inputs.recordings) bytes_total += input.bytes;

  // Largest first, so one long recording does not finish alone at the end.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return inputs.recordings[a].bytes > inputs.recordings[b].bytes; });

  // Each recording's events file, decided before the workers start: names
  // that differ only in characters a file name cannot hold are numbered,
  // so that no two workers write one file.
  std::vector<std::string> events_files(n);
  std::set<std::string> taken;
  for (std::size_t i = 0; i < n && options.write_events; ++i) {
    const RecordingInput& input = inputs.recordings[i];
    events_files[i] = util::UniqueFileName(util::SafeFileName(input.participant_id + "_" + input.recording), ".csv",
                                           &taken);
  }
  std::vector<Outcome> outcomes(n);
  ProgressRelay progress(observer, bytes_total, n);
  const int jobs = options.settings.jobs > 0 ? options.settings.jobs
                                             : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const auto analyse_start = Clock::now();
  tbb::task_arena arena(jobs);
  arena.execute([&] {
    tbb::parallel_for_each(order.begin(), order.end(), [&](std::size_t i) {
      const RecordingInput& input = inputs.recordings[i];
      Outcome& outcome = outcomes[i];
      const auto recording_start = Clock::now();
      io::ReaderOptions reader_options;
      reader_options.max_samples = options.settings.max_samples;
      reader_options.screen = options.settings.screen;
      std::unique_ptr<io::SampleReader> reader;
      outcome.status = OpenRecordingReader(input, reader_options, &reader);
      EventsFile events;
      if (outcome.status.ok() && options.write_events) {
        outcome.status = events.Open(options.out / "events" / events_files[i]);
      }
      if (outcome.status.ok()) {
        PassCallbacks callbacks;
        callbacks.on_bytes = [&](std::uint64_t bytes) { progress.AddBytes(bytes); };
        if (options.write_events) callbacks.on_events = [&](std::span<const Event> batch) { events.Add(batch); };
        const PassExtras extras{.behaviors = &timelines[i], .sample_trace = sample_traces[i]};
        outcome.status = AnalyseRecording(reader.get(), options.settings, callbacks, &outcome.result, extras);
      }
      if (outcome.status.ok()) {
        outcome.damage = reader->damage().Summaries();
        outcome.resolution_known = reader->info().screen_width_px > 0 && reader->info().screen_height_px > 0;
      }
      if (outcome.status.ok() && options.write_events) outcome.status = events.Commit();
      outcome.result.seconds = SecondsSince(recording_start);
      if (!outcome.status.ok())
        progress.Failed({input.file, Severity::kError, Stage::kRead, outcome.status.message()});
      progress.RecordingDone();
    });
  });
  const double analyse_s = SecondsSince(analyse_start);
  summary->pass_seconds = analyse_s;
  const double analyse_peak_mib = util::PeakResidentMiB();

  // Gather, in file order. Problems found in the passes are told as they
  // are gathered; those of discovery were told with it.
  summary->recordings = n;
  summary->problems = inputs.problems;
  const std::size_t discovered_problems = summary->problems.size();
  nlohmann::json input_list = nlohmann::json::array();
  for (std::size_t i = 0; i < n; ++i) {
    const RecordingInput& input = inputs.recordings[i];
    Outcome& outcome = outcomes[i];
    input_list.push_back(InputJson(input, outcome));
    if (!outcome.status.ok()) {
      summary->problems.push_back({input.file, Severity::kError, Stage::kRead, outcome.status.message()});
      ++summary->failed;
      continue;
    }
    for (std::string& damage : outcome.damage) {
      summary->problems.push_back({input.file, Severity::kWarning, Stage::kRead, std::move(damage)});
    }
    if (!outcome.resolution_known) {
      // Not guessed in silence: pixels turn into degrees through it.
      summary->problems.push_back(
          {input.file, Severity::kWarning, Stage::kRead,
           fmt::format("the file does not give its screen's resolution: {} x {} px are taken "
                       "(--screen-width-px, --screen-height-px)",
                       options.settings.screen.width_px, options.settings.screen.height_px)});
    }
    RecordingResult& result = outcome.result;
    for (const BehaviorResult& b : result.behaviors) {
      if (b.clipped_s > 0) {
        summary->problems.push_back(
            {input.annotation_file, Severity::kWarning, Stage::kBoris,
             fmt::format(
                 "observation \"{}\": {:.3f} s of \"{}\" lie past the end of recording \"{}\": clipped",
                 input.observation->id, b.clipped_s, b.behavior, input.recording)});
      }
    }
    if (result.figure_data.sample && result.figure_data.sample->time_s.empty()) {
      summary->problems.push_back(
          {input.file, Severity::kWarning, Stage::kFigures,
           fmt::format(
               "recording \"{}\" has no sample in the stretch from --sample-start-s {} s: no sample figure",
               input.recording, options.settings.figures.sample_start_s)});
    }
    result.file = input.file;
    result.participant_id = input.participant_id;
    result.recording = input.recording;
    result.group = input.group;
    summary->bytes += result.bytes_read;
    summary->results.push_back(std::move(result));
    ++summary->analysed;
  }
  for (std::size_t i = discovered_problems; i < summary->problems.size() && observer != nullptr; ++i) {
    if (summary->problems[i].severity != Severity::kError) observer->OnRecordingWarning(summary->problems[i]);
  }

  const auto write_start = Clock::now();
  const std::filesystem::path& out = options.out;
  if (Status s = report::WriteSummaryCsv(out / "summary.csv", summary->results); !s.ok()) return s;
  if (Status s = report::WriteBehaviorMetricsCsv(out / "behavior_metrics.csv", summary->results); !s.ok()) return s;
  // The results, then all that is made from them alone (`figures` redoes it
  // from the same file).
  if (Status s = report::WriteResultsFile(out / report::kResultsFileName, summary->results); !s.ok()) return s;
  Status analysis;  // with the run's workers: the figures are drawn side by side
  arena.execute([&] { analysis = report::WriteStudyAnalysis(out, summary->results, options.figures); });
  if (!analysis.ok()) return analysis;
  if (Status s = report::WriteProblemsCsv(out / "problems.csv", summary->problems); !s.ok()) return s;
  summary->seconds = SecondsSince(start);
  summary->peak_resident_mib = util::PeakResidentMiB();

  nlohmann::json problems = nlohmann::json::array();
  for (const Problem& p : summary->problems) {
    problems.push_back({{"file", p.file},
                        {"severity", SeverityName(p.severity)},
                        {"stage", StageName(p.stage)},
                        {"message", p.message}});
  }
  const nlohmann::json run = {
      {"program", "tobii-pipeline"},
      {"version", TOBII_VERSION},
      {"versions", report::Versions()},
      {"command_line", options.command_line},
      {"study", options.study.string()},
      {"participants_file", inputs.participants_file},
      {"settings", report::SettingsJson(options.settings)},
      {"figure_options", report::FigureOptionsJson(options.figures)},
      {"write_events", options.write_events},
      {"jobs", arena.max_concurrency()},
      {"recordings", {{"found", n}, {"analysed", summary->analysed}, {"failed", summary->failed}}},
      {"inputs", input_list},
      {"boris_files", inputs.boris_files},
      {"sync_table", inputs.sync_table},
      {"config_file", options.config_file},
      {"read_boris", options.read_boris},
      {"files", FilesJson(inputs.files)},
      {"timings_s",
       {{"discover", discover_s}, {"analyse", analyse_s}, {"write", SecondsSince(write_start)},
        {"total", summary->seconds}}},
      {"bytes_read", summary->bytes},
      {"throughput_mb_per_s", analyse_s > 0 ? static_cast<double>(summary->bytes) / 1e6 / analyse_s : 0.0},
      {"peak_resident_mib",
       {{"after_discover", discover_peak_mib}, {"after_analyse", analyse_peak_mib},
        {"total", summary->peak_resident_mib}}},
      {"problems", problems},
  };
  if (Status s = report::WriteJson(out / "run.json", run); !s.ok()) return s;
  return report::WriteHtmlReport(out, run);
}

}  // namespace tobii::study
