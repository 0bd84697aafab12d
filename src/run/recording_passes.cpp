#include "run/recording_passes.h"

#include <tbb/parallel_for_each.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>
#include <string>
#include <thread>

#include "run/events_file.h"
#include "run/progress_relay.h"
#include "run/stopwatch.h"
#include "study/recording_pass.h"
#include "tobii/output_names.h"
#include "util/stop_signal.h"

namespace tobii::study {

namespace {

// What every pass of the run shares.
struct PassContext {
  const Settings& settings;
  const PassOutputs& outputs;
  const std::atomic<int>* interrupt;
  ProgressRelay* progress;

  bool Interrupted() const { return util::StopSignal(interrupt) != 0; }
};

// One recording's pass, its events streamed to `events_file` when named.
PassOutcome ReadRecording(const RecordingInput& input, const PassExtras& extras,
                          const std::filesystem::path& events_file, const PassContext& context) {
  PassOutcome outcome;
  io::ReaderOptions reader_options;
  reader_options.max_samples = context.settings.max_samples;
  reader_options.screen = context.settings.screen;
  std::unique_ptr<io::SampleReader> reader;
  outcome.status = OpenRecordingReader(input, reader_options, &reader);
  const bool write_events = !events_file.empty();
  EventsFile events;
  if (outcome.status.ok() && write_events) outcome.status = events.Open(events_file, input.participant_id, input.recording);
  if (outcome.status.ok()) {
    PassCallbacks callbacks;
    callbacks.on_bytes = [&](std::uint64_t bytes) { context.progress->AddBytes(bytes); };
    if (write_events) callbacks.on_events = [&](std::span<const Event> batch) { events.Add(batch); };
    callbacks.stop = [&] { return context.Interrupted(); };
    outcome.result = std::make_unique<RecordingResult>();
    outcome.status =
        AnalyseRecording(reader.get(), context.settings, callbacks, outcome.result.get(), extras);
  }
  if (outcome.status.ok()) {
    outcome.damage = reader->damage().Summaries();
    outcome.resolution_known = reader->info().screen_width_px > 0 && reader->info().screen_height_px > 0;
  }
  if (outcome.status.ok() && write_events) outcome.status = events.Commit();
  return outcome;
}

// A merge's recording: its result from the cache as its shard left it, or
// its shard's failure; nothing is read.
PassOutcome TakeFromShard(const RecordingInput& input, const ShardVerdict& verdict, const std::string& entry,
                          const std::filesystem::path& events_file, const PassContext& context) {
  PassOutcome outcome;
  if (!verdict.missing.empty()) {
    outcome.missing = verdict.missing;
  } else if (entry != verdict.entry) {
    outcome.missing =
        "shard " + verdict.shard +
        " analysed it with other inputs than the study has now (its annotations, names, intervals "
        "or companion files, or the recordings chosen for sample figures, changed since)";
  } else if (!verdict.failure.empty()) {
    if (ResultCache::StampOf(input) == verdict.failed_stamp) {
      outcome.status = Status::Error(verdict.failure);  // told as the run that read it would tell it
    } else {
      outcome.missing = "its file changed since shard " + verdict.shard + " failed to read it";
    }
  } else if (!context.outputs.cache->Find(input, entry, events_file, &outcome)) {
    outcome.missing = "shard " + verdict.shard +
                      "'s result of it is not in the cache, or the file changed since "
                      "the shard read it";
  }
  if (!outcome.missing.empty()) outcome.status = Status::Error(outcome.missing);
  context.progress->AddBytes(input.bytes);
  return outcome;
}

// One recording: from the cache when it holds it, else read (and kept in
// the cache).
PassOutcome RunOnePass(const RecordingInput& input, const PassExtras& extras, const ShardVerdict* verdict,
                       const std::filesystem::path& events_file, const PassContext& context) {
  const Stopwatch stopwatch;
  PassOutcome outcome;
  if (context.Interrupted()) {
    // Not even a result from the cache: a merge, or a run the cache holds
    // whole, stops as soon as it is told to, however many are left.
    outcome.status = Status::Error(kInterrupted);
    return outcome;
  }
  const ResultCache* cache = context.outputs.cache;
  const std::string entry =
      cache != nullptr ? cache->EntryName(input, *extras.behaviors, extras.sample_trace) : std::string();
  if (verdict != nullptr) {
    outcome = TakeFromShard(input, *verdict, entry, events_file, context);
  } else if (cache != nullptr && context.outputs.reuse && cache->Find(input, entry, events_file, &outcome)) {
    context.progress->AddBytes(input.bytes);
  } else {
    const ResultCache::Stamp before = ResultCache::StampOf(input);
    outcome = ReadRecording(input, extras, events_file, context);
    if (outcome.status.ok() && cache != nullptr) {
      if (Status s = cache->Store(input, entry, before, outcome, events_file); !s.ok()) outcome.cache_error = s.message();
    }
  }
  if (!context.outputs.keep_results || !outcome.status.ok()) outcome.result.reset();
  // Shelved after the cache took the whole result. Should the scratch file
  // refuse it (a full disk), the data stays here: it costs memory, not
  // results.
  if (outcome.result != nullptr && context.outputs.shelf != nullptr) {
    (void)context.outputs.shelf->Put(&outcome.result->figure_data);
  }
  outcome.cache_entry = entry;
  outcome.seconds = stopwatch.Seconds();
  // A missing result is not a failure of the recording: merge lists them
  // all and refuses.
  const bool failed = !outcome.status.ok() && !context.Interrupted() && outcome.missing.empty();
  if (failed) context.progress->Failed(PassFailure(input.file, outcome.status));
  context.progress->RecordingDone();
  return outcome;
}

}  // namespace

int WorkerCount(int jobs) {
  return jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

std::vector<std::size_t> LargestFirst(const std::vector<RecordingInput>& recordings) {
  std::vector<std::size_t> order(recordings.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return recordings[a].bytes > recordings[b].bytes; });
  return order;
}

std::vector<PassOutcome> RunRecordingPasses(const RunOptions& options, const PreparedStudy& prepared,
                                            const PassOutputs& outputs, tbb::task_arena* workers,
                                            RunObserver* observer) {
  const std::vector<RecordingInput>& recordings = prepared.inputs.recordings;
  std::uint64_t bytes_total = 0;
  for (const RecordingInput& input : recordings) bytes_total += input.bytes;
  // Decided before the workers start, so that no two write one file.
  const std::vector<std::string> events_files =
      options.write_events ? EventsFileNames(recordings) : std::vector<std::string>(recordings.size());
  const std::vector<std::size_t> order = LargestFirst(recordings);
  std::vector<PassOutcome> outcomes(recordings.size());
  ProgressRelay progress(observer, bytes_total, recordings.size());
  const PassContext context{.settings = options.settings, .outputs = outputs, .interrupt = options.interrupt,
                            .progress = &progress};
  workers->execute([&] {
    tbb::parallel_for_each(order.begin(), order.end(), [&](std::size_t i) {
      const PassExtras extras{.behaviors = &prepared.timelines[i],
                              .sample_trace = prepared.sample_traces[i],
                              .aois = prepared.inputs.aois.empty() ? nullptr : &prepared.inputs.aois,
                              .table_intervals = recordings[i].intervals};
      const std::filesystem::path events_file =
          options.write_events ? outputs.staging / results::kEventsFolder / events_files[i] : std::filesystem::path();
      const ShardVerdict* verdict = outputs.from_shards != nullptr ? &(*outputs.from_shards)[i] : nullptr;
      outcomes[i] = RunOnePass(recordings[i], extras, verdict, events_file, context);
    });
  });
  return outcomes;
}

}  // namespace tobii::study
