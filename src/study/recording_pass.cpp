#include "study/recording_pass.h"

#include "aoi/intervals.h"

namespace tobii::study {

namespace {

// The --interval specs, checked when the settings were read (a bad one
// here is passed over).
std::vector<aoi::EventPairSpec> EventPairs(const IntervalSettings& settings) {
  std::vector<aoi::EventPairSpec> specs;
  for (const std::string& text : settings.between) {
    aoi::EventPairSpec spec;
    if (aoi::ParseEventPairSpec(text, &spec).ok()) specs.push_back(std::move(spec));
  }
  return specs;
}

}  // namespace

SamplePass::SamplePass(const Settings& settings, const ScreenGeometry& screen,
                       std::unique_ptr<events::Detector> detector, PassCallbacks callbacks,
                       const PassExtras& extras)
    : preprocessor_(settings.preprocess, screen),
      detector_(std::move(detector)),
      figure_data_(settings.figures, screen),
      aoi_metrics_(extras.aois, EventPairs(settings.intervals), extras.table_intervals),
      callbacks_(std::move(callbacks)) {
  if (extras.behaviors != nullptr && !extras.behaviors->empty()) {
    behavior_metrics_.emplace(*extras.behaviors, settings.behavior, screen);
  }
  if (extras.sample_trace) {
    sample_trace_.emplace(settings.figures, screen, events::VelocityThreshold(settings));
  }
}

void SamplePass::PushRecordingEvents(std::span<const RecordingEvent> events) {
  if (!events.empty()) aoi_metrics_.AddRecordingEvents(events);
}

void SamplePass::Push(std::span<const Sample> samples) {
  gaze_.clear();
  preprocessor_.Push(samples, &gaze_);
  Detect();
}

void SamplePass::Finish(RecordingResult* result) {
  gaze_.clear();
  preprocessor_.Finish(&gaze_);
  Detect();
  detector_->Finish(&events_);
  if (sample_trace_) sample_trace_->AddMeasured(detector_->measured());
  AddEvents();
  metrics_.Finish(result);
  figure_data_.Finish(result->sampling_rate_hz, &result->figure_data);
  if (sample_trace_) sample_trace_->Finish(&result->figure_data.sample.emplace());
  if (behavior_metrics_) behavior_metrics_->Finish(metrics_.end_us(), result->pupil_mean_mm, &result->behaviors);
  aoi_metrics_.Finish(metrics_.end_us(), result->sampling_rate_hz, &result->intervals);
}

void SamplePass::AddEvents() {
  metrics_.AddEvents(events_);
  figure_data_.AddEvents(events_);
  aoi_metrics_.AddEvents(events_);
  if (sample_trace_) sample_trace_->AddEvents(events_);
  if (behavior_metrics_) behavior_metrics_->AddEvents(events_);
  if (callbacks_.on_events && !events_.empty()) callbacks_.on_events(events_);
  events_.clear();
}

void SamplePass::Detect() {
  metrics_.AddSamples(gaze_);
  figure_data_.AddSamples(gaze_);
  aoi_metrics_.AddSamples(gaze_);
  if (behavior_metrics_) behavior_metrics_->AddSamples(gaze_);
  detector_->Push(gaze_, &events_);
  if (sample_trace_) sample_trace_->AddMeasured(detector_->measured());
  AddEvents();
}

Status CheckRecordingUsable(const io::SampleReader& reader) {
  if (Status s = reader.damage().CheckTolerable(reader.rows_read()); !s.ok()) return s;
  if (reader.samples_read() == 0) {
    // The rows it passed over say where (file:line:column) and why: a
    // file cut inside its first row, say, has rows but no sample.
    std::string passed_over;
    for (const std::string& summary : reader.damage().Summaries()) {
      passed_over.append(passed_over.empty() ? " (" : "; ").append(summary);
    }
    if (!passed_over.empty()) passed_over += ")";
    return Status::Error(
        reader.name() + ": expected gaze samples, found none" +
        (reader.rows_read() > 0 ? " among its " + std::to_string(reader.rows_read()) + " rows" : "") +
        passed_over);
  }
  return Status::Ok();
}

Status AnalyseRecording(io::SampleReader* reader, const Settings& settings, const PassCallbacks& callbacks,
                        RecordingResult* result, const PassExtras& extras) {
  if (Status s = reader->Open(); !s.ok()) return s;
  SampleChunk chunk;
  if (Status s = reader->Next(&chunk); !s.ok()) return s;
  // The recording knows its screen's resolution (a head-mounted tracker its
  // scene camera's); its size in mm comes from the settings (or from the
  // export's own mm columns, which eye selection prefers).
  ScreenGeometry screen = settings.screen;
  if (reader->info().screen_width_px > 0 && reader->info().screen_height_px > 0) {
    screen.width_px = reader->info().screen_width_px;
    screen.height_px = reader->info().screen_height_px;
  }
  std::unique_ptr<events::Detector> detector;
  if (Status s = events::MakeDetector(settings, screen, &detector); !s.ok()) return s;
  SamplePass pass(settings, screen, std::move(detector), callbacks, extras);
  pass.UseAoiColumns(&reader->info().aoi_columns);
  std::uint64_t bytes_reported = 0;
  while (!chunk.empty()) {
    pass.PushRecordingEvents(chunk.events);
    pass.Push(chunk.samples);
    if (callbacks.on_bytes) {
      callbacks.on_bytes(reader->bytes_consumed() - bytes_reported);
      bytes_reported = reader->bytes_consumed();
    }
    if (callbacks.stop && callbacks.stop()) return Status::Error(kInterrupted);
    if (Status s = reader->Next(&chunk); !s.ok()) return s;
  }
  if (Status s = CheckRecordingUsable(*reader); !s.ok()) return s;
  pass.Finish(result);
  result->bytes_read = reader->bytes_consumed();
  return Status::Ok();
}

}  // namespace tobii::study
