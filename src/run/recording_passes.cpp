#include "run/recording_passes.h"

#include <tbb/parallel_for_each.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>
#include <string>

#include "run/events_file.h"
#include "run/progress_relay.h"
#include "run/stopwatch.h"
#include "study/recording_pass.h"

namespace tobii::study {

namespace {

// One recording's pass, its events streamed to `events_file` when named.
PassOutcome RunOnePass(const RecordingInput& input, const Settings& settings, const PassExtras& extras,
                       const std::filesystem::path& events_file, ProgressRelay* progress) {
  PassOutcome outcome;
  const Stopwatch stopwatch;
  io::ReaderOptions reader_options;
  reader_options.max_samples = settings.max_samples;
  reader_options.screen = settings.screen;
  std::unique_ptr<io::SampleReader> reader;
  outcome.status = OpenRecordingReader(input, reader_options, &reader);
  const bool write_events = !events_file.empty();
  EventsFile events;
  if (outcome.status.ok() && write_events) outcome.status = events.Open(events_file);
  if (outcome.status.ok()) {
    PassCallbacks callbacks;
    callbacks.on_bytes = [&](std::uint64_t bytes) { progress->AddBytes(bytes); };
    if (write_events) callbacks.on_events = [&](std::span<const Event> batch) { events.Add(batch); };
    outcome.status = AnalyseRecording(reader.get(), settings, callbacks, &outcome.result, extras);
  }
  if (outcome.status.ok()) {
    outcome.damage = reader->damage().Summaries();
    outcome.resolution_known = reader->info().screen_width_px > 0 && reader->info().screen_height_px > 0;
  }
  if (outcome.status.ok() && write_events) outcome.status = events.Commit();
  outcome.seconds = stopwatch.Seconds();
  if (!outcome.status.ok()) progress->Failed(PassFailure(input.file, outcome.status));
  progress->RecordingDone();
  return outcome;
}

}  // namespace

std::vector<std::size_t> LargestFirst(const std::vector<RecordingInput>& recordings) {
  std::vector<std::size_t> order(recordings.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return recordings[a].bytes > recordings[b].bytes; });
  return order;
}

std::vector<PassOutcome> RunRecordingPasses(const RunOptions& options, const PreparedStudy& prepared,
                                            tbb::task_arena* workers, RunObserver* observer) {
  const std::vector<RecordingInput>& recordings = prepared.inputs.recordings;
  std::uint64_t bytes_total = 0;
  for (const RecordingInput& input : recordings) bytes_total += input.bytes;
  // Decided before the workers start, so that no two write one file.
  const std::vector<std::string> events_files =
      options.write_events ? EventsFileNames(recordings) : std::vector<std::string>(recordings.size());
  const std::vector<std::size_t> order = LargestFirst(recordings);
  std::vector<PassOutcome> outcomes(recordings.size());
  ProgressRelay progress(observer, bytes_total, recordings.size());
  workers->execute([&] {
    tbb::parallel_for_each(order.begin(), order.end(), [&](std::size_t i) {
      const PassExtras extras{.behaviors = &prepared.timelines[i], .sample_trace = prepared.sample_traces[i]};
      const std::filesystem::path events_file =
          options.write_events ? options.out / "events" / events_files[i] : std::filesystem::path();
      outcomes[i] = RunOnePass(recordings[i], options.settings, extras, events_file, &progress);
    });
  });
  return outcomes;
}

}  // namespace tobii::study
