#include "study/recording_pass.h"

#include <vector>

#include "events/ivt.h"
#include "io/pro_lab_reader.h"
#include "metrics/recording_metrics.h"
#include "preprocess/preprocess.h"

namespace tobii::study {

Status AnalyseRecording(std::unique_ptr<io::ByteSource> source, const Settings& settings,
                        const PassCallbacks& callbacks, RecordingResult* result) {
  io::ReaderOptions reader_options;
  reader_options.max_samples = settings.max_samples;
  io::ProLabReader reader(std::move(source), reader_options);
  if (Status s = reader.Open(); !s.ok()) return s;

  SampleChunk chunk;
  if (Status s = reader.Next(&chunk); !s.ok()) return s;
  // The export knows its screen's resolution; its size in mm comes from the
  // settings (or from the export's own mm columns, which eye selection
  // prefers).
  ScreenGeometry screen = settings.screen;
  if (reader.info().screen_width_px > 0 && reader.info().screen_height_px > 0) {
    screen.width_px = reader.info().screen_width_px;
    screen.height_px = reader.info().screen_height_px;
  }
  preprocess::Preprocessor preprocessor(settings.preprocess, screen);
  events::IvtDetector detector(settings.ivt, settings.blink);
  metrics::RecordingMetrics metrics;

  std::vector<preprocess::GazeSample> gaze;
  std::vector<Event> events;
  std::uint64_t bytes_reported = 0;
  const auto emit = [&] {
    metrics.AddEvents(events);
    if (callbacks.on_events && !events.empty()) callbacks.on_events(events);
    events.clear();
  };
  while (!chunk.empty()) {
    gaze.clear();
    preprocessor.Push(chunk.samples, &gaze);
    metrics.AddSamples(gaze);
    detector.Push(gaze, &events);
    emit();
    if (callbacks.on_bytes) {
      callbacks.on_bytes(reader.bytes_consumed() - bytes_reported);
      bytes_reported = reader.bytes_consumed();
    }
    if (Status s = reader.Next(&chunk); !s.ok()) return s;
  }
  gaze.clear();
  preprocessor.Finish(&gaze);
  metrics.AddSamples(gaze);
  detector.Push(gaze, &events);
  detector.Finish(&events);
  emit();
  if (reader.samples_read() == 0) {
    return Status::Error(reader.name() + ": expected gaze samples (rows with Sensor \"Eye Tracker\"), found none");
  }
  metrics.Finish(result);
  result->bytes_read = reader.bytes_consumed();
  return Status::Ok();
}

}  // namespace tobii::study
