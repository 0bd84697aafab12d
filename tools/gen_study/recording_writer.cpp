#include "gen_study/recording_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <memory>
#include <vector>

#include "gen_study/aoi_truth.h"
#include "gen_study/boris_writer.h"
#include "gen_study/export_file.h"
#include "gen_study/glasses2_writer.h"
#include "gen_study/glasses3_writer.h"
#include "gen_study/pro_sdk_writer.h"
#include "gen_study/screen_frame.h"
#include "gen_study/stimulus_aois.h"
#include "gen_study/studio_writer.h"
#include "gen_study/physiology.h"
#include "gen_study/session_plan.h"
#include "tobii/atomic_file.h"

namespace tobii::gen {

namespace {

// Hand the export to the file in blocks of this size.
constexpr std::size_t kFlushBytes = 1 << 20;
// Sessions start during office hours, Central European Time (UTC+1).
constexpr std::int64_t kFirstStartMs = 9 * 3600000LL;
constexpr std::int64_t kStartWindowMs = 8 * 3600000LL;
constexpr int kUtcOffsetMin = 60;
// The real export's mouse rows come about 8 times a second; the pointer
// mostly rests, moving a little between rows.
constexpr double kMouseIntervalMs = 120.0;
constexpr double kMouseStepPx = 12.0;
// Calibration results in the range of the real export (accuracy 0.11-0.32
// deg, precision 0.05-0.20 deg) and of Tobii's specifications.
constexpr double kAccuracyMinDeg = 0.1, kAccuracyMaxDeg = 0.6;
constexpr double kPrecisionMinDeg = 0.03, kPrecisionMaxDeg = 0.3;

ExportMeta DrawMeta(const RecordingSpec& spec, std::int64_t duration_us, Rng* rng) {
  const auto quality = [rng]() {
    return TrackerQuality{rng->Uniform(kAccuracyMinDeg, kAccuracyMaxDeg),
                          rng->Uniform(kPrecisionMinDeg, kPrecisionMaxDeg),
                          rng->Uniform(kPrecisionMinDeg, kPrecisionMaxDeg)};
  };
  ExportMeta meta;
  meta.project = "Synthetic study";
  meta.participant = spec.participant_id;
  meta.recording = spec.recording;
  meta.timeline = "Timeline1";
  meta.export_day = spec.export_day;
  meta.recording_day = spec.day;
  meta.start_ms_of_day = kFirstStartMs + static_cast<std::int64_t>(rng->Below(kStartWindowMs));
  meta.utc_offset_min = kUtcOffsetMin;
  meta.duration_ms = (duration_us + 500) / 1000;
  // Both clocks run from an arbitrary origin (PC and tracker uptime).
  meta.computer_offset_ms = 1000000 + static_cast<std::int64_t>(rng->Below(100000000));
  meta.tracker_offset_us = 1000000000 + static_cast<std::int64_t>(rng->Below(9000000000));
  meta.calibration = quality();
  meta.validation = quality();
  return meta;
}

// What the coder saw: the plan's behaviours and the sync clap, on the
// video's clock (the video started video_lead_ms before the recording).
std::vector<BehaviourEvent> CodedEvents(const RecordingSpec& spec, const std::vector<BehaviourEvent>& planned) {
  std::vector<BehaviourEvent> coded = planned;
  coded.push_back({spec.sync_ms, kSyncEventName, "Sync", "POINT"});
  std::stable_sort(coded.begin(), coded.end(),
                   [](const BehaviourEvent& a, const BehaviourEvent& b) { return a.time_ms < b.time_ms; });
  for (BehaviourEvent& e : coded) e.time_ms += spec.video_lead_ms;
  return coded;
}

BorisObservation ObservationFor(const ExportMeta& meta, std::int64_t duration_us) {
  const std::chrono::year_month_day ymd(meta.recording_day);
  const std::int64_t s = meta.start_ms_of_day / 1000;
  return {meta.recording,
          fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), s / 3600,
                      s / 60 % 60, s % 60),
          meta.recording + ".mp4", duration_us / 1e6};
}

// The export's rows that are not gaze samples, mouse samples and image
// events, handed out in time order.
class SideRows {
 public:
  SideRows(const SessionPlan& plan, std::int64_t sync_us, ExportWriter& writer, Rng* rng)
      : plan_(plan), writer_(writer), rng_(rng), sync_us_(sync_us) {
    next_mouse_us_ = std::llround(1000 * rng_->Exponential(kMouseIntervalMs));
    mouse_x_ = rng_->Uniform(0, kScreenWidthPx);
    mouse_y_ = rng_->Uniform(0, kScreenHeightPx);
  }

  // Appends the rows due at or before until_us; keeps context->stimulus.
  void Until(std::int64_t until_us, RowContext* context, std::string* out) {
    for (;;) {
      if (sync_us_ <= until_us) {
        writer_.AppendEventRow(sync_us_, kSyncEventName, "", *context, out);
        sync_us_ = std::numeric_limits<std::int64_t>::max();
        continue;
      }
      std::int64_t image_us = std::numeric_limits<std::int64_t>::max();
      if (next_ < plan_.stimuli.size())
        image_us = shown_ ? plan_.stimuli[next_].end_us : plan_.stimuli[next_].start_us;
      if (image_us <= until_us && image_us <= next_mouse_us_) {
        const Stimulus& image = plan_.stimuli[next_];
        context->stimulus = &image;  // both the start and end row show it
        writer_.AppendEventRow(image_us, shown_ ? "ImageStimulusEnd" : "ImageStimulusStart", image.name,
                               *context, out);
        if (shown_) {
          context->stimulus = nullptr;
          ++next_;
        }
        shown_ = !shown_;
      } else if (next_mouse_us_ <= until_us) {
        mouse_x_ = std::clamp(mouse_x_ + rng_->Normal(0, kMouseStepPx), 0.0, kScreenWidthPx - 1.0);
        mouse_y_ = std::clamp(mouse_y_ + rng_->Normal(0, kMouseStepPx), 0.0, kScreenHeightPx - 1.0);
        writer_.AppendMouseRow(next_mouse_us_, static_cast<int>(mouse_x_), static_cast<int>(mouse_y_),
                               *context, out);
        next_mouse_us_ +=
            std::max<std::int64_t>(1000, std::llround(1000 * rng_->Exponential(kMouseIntervalMs)));
      } else {
        return;
      }
    }
  }

 private:
  const SessionPlan& plan_;
  ExportWriter& writer_;
  Rng* rng_;
  std::size_t next_ = 0;  // the next image
  bool shown_ = false;    // it is on screen
  std::int64_t next_mouse_us_;
  double mouse_x_, mouse_y_;
  std::int64_t sync_us_;  // the sync clap's event row; max once written
};

// The `AOI hit` columns of an export that has them: every AOI of each
// image the session shows, in image order.
std::vector<AoiHitColumn> HitColumns(const RecordingSpec& spec, const SessionPlan& plan) {
  std::vector<AoiHitColumn> columns;
  if (!spec.aoi_hit_columns) return columns;
  std::vector<int> images;
  for (const Stimulus& s : plan.stimuli) images.push_back(s.image);
  std::sort(images.begin(), images.end());
  images.erase(std::unique(images.begin(), images.end()), images.end());
  for (int image : images) {
    for (int aoi = 0; aoi < kAoisPerImage; ++aoi) columns.push_back({image, aoi});
  }
  return columns;
}

std::unique_ptr<ExportWriter> MakeWriter(const RecordingSpec& spec, const ExportMeta& meta, const SessionPlan& plan) {
  switch (spec.format) {
    case io::RecordingFormat::kProLab: return std::make_unique<ProLabWriter>(meta, spec.style, HitColumns(spec, plan));
    case io::RecordingFormat::kTobiiStudio: return std::make_unique<StudioWriter>(meta, spec.style);
    case io::RecordingFormat::kGlasses3: return std::make_unique<Glasses3Writer>(meta);
    case io::RecordingFormat::kGlasses2: return std::make_unique<Glasses2Writer>(meta);
    case io::RecordingFormat::kProSdk: return std::make_unique<ProSdkWriter>(meta);
  }
  return nullptr;
}

// The Pro Glasses store their data gzip-compressed.
bool Compressed(io::RecordingFormat format) {
  return format == io::RecordingFormat::kGlasses3 || format == io::RecordingFormat::kGlasses2;
}

std::string OptionalNumber(double value, int decimals) {
  return std::isnan(value) ? std::string() : fmt::format("{:.{}f}", value, decimals);
}

}  // namespace

Status WriteRecording(const StudyOptions& options, const RecordingSpec& spec, GeneratedRecording* result) {
  Rng rng(options.seed, static_cast<std::uint64_t>(spec.index));
  const std::int64_t duration_us = std::llround(options.minutes * 60e6);
  const SessionPlan plan = PlanSession(duration_us, &rng);
  const ExportMeta meta = DrawMeta(spec, duration_us, &rng);
  const std::unique_ptr<ExportWriter> writer_owner = MakeWriter(spec, meta, plan);
  ExportWriter& writer = *writer_owner;
  if (!spec.boris_file.empty()) {
    const std::int64_t video_us = duration_us + spec.video_lead_ms * 1000;
    const std::string boris =
        FormatBoris(spec.boris_format, ObservationFor(meta, video_us), CodedEvents(spec, plan.behaviours));
    if (Status s = io::WriteFileAtomically(spec.study / spec.boris_file, boris); !s.ok()) return s;
  }

  ExportFile export_file;
  io::AtomicFile events_file;
  if (Status s = export_file.Open(spec.study / spec.export_file, Compressed(spec.format)); !s.ok()) return s;
  if (Status s = events_file.Open(spec.study / spec.events_file); !s.ok()) return s;
  std::string rows,
      truth = "type,onset_ms,offset_ms,duration_ms,x_px,y_px,amplitude_deg,peak_velocity_deg_per_s\n";
  rows.reserve(kFlushBytes + (64 << 10));
  const auto flush = [&](std::size_t at_least) {
    if (rows.size() < at_least) return;
    export_file.Write(rows);
    rows.clear();
  };

  RowContext context;
  AoiTruth aoi_truth(plan.stimuli);
  SideRows side_rows(plan, spec.sync_ms * 1000, writer, &rng);
  writer.AppendHeader(&rows);
  writer.AppendEventRow(0, "RecordingStart", "", context, &rows);

  GeneratedRecording& r = *result;
  r = GeneratedRecording();
  double fixation_ms_sum = 0, fixation_y_sum = 0, pupil_sum = 0;
  std::int64_t whole_fixations = 0, pupil_count = 0;
  std::int64_t type_index[4] = {0, 0, 0, 0};  // Pro Lab counts each movement type on its own
  GazeModel model(spec.traits, plan, options.hz, SamplesIn(duration_us, options.hz), options.gaze_noise_deg, &rng);
  PlantedEvent event;
  std::vector<GazeSample> samples;
  while (model.Next(&event, &samples)) {
    const std::int64_t onset_us = model.SampleTimeUs(event.first_sample);
    const std::int64_t offset_us = model.SampleTimeUs(event.first_sample + event.sample_count);
    context.has_movement = true;
    context.movement = event.movement;
    context.movement_duration_ms = (offset_us - onset_us + 500) / 1000;
    context.movement_index = ++type_index[static_cast<int>(event.movement)];
    context.has_fixation_point = event.movement == Movement::kFixation;
    context.fixation_x_px = event.x_px;
    context.fixation_y_px = event.y_px;
    for (const GazeSample& sample : samples) {
      side_rows.Until(sample.time_us, &context, &rows);
      context.aoi_hits = 0;
      if (context.stimulus != nullptr) {
        double x_px = 0, y_px = 0;
        if (WrittenGazePointPx(sample, &x_px, &y_px)) context.aoi_hits = AoiHits(context.stimulus->image, x_px, y_px);
        aoi_truth.AddSample(static_cast<std::size_t>(context.stimulus - plan.stimuli.data()), context.aoi_hits);
      }
      writer.AppendEyeRow(sample, context, &rows);
      for (const EyeSample& eye : sample.eye) {
        if (!eye.valid) continue;
        pupil_sum += std::round(eye.pupil_mm * 1000) / 1000;  // the value as written
        ++pupil_count;
      }
      flush(kFlushBytes);
    }

    const double duration_ms = (offset_us - onset_us) / 1000.0;
    fmt::format_to(std::back_inserter(truth), "{},{:.3f},{:.3f},{:.3f},{},{},{},{}\n", event.type,
                   onset_us / 1000.0, offset_us / 1000.0, duration_ms, OptionalNumber(event.x_px, 1),
                   OptionalNumber(event.y_px, 1), OptionalNumber(event.amplitude_deg, 3),
                   OptionalNumber(event.peak_velocity_deg_per_s, 1));
    const std::string_view type = event.type;
    if (type == "fixation") aoi_truth.AddFixation(onset_us, offset_us, event.x_px, event.y_px);
    r.samples += event.sample_count;
    r.fixation_count += type == "fixation";
    r.saccade_count += type == "saccade";
    r.blink_count += type == "blink";
    if (type == "fixation") fixation_y_sum += event.y_px;
    if (type == "fixation" && event.whole) {
      fixation_ms_sum += duration_ms;
      ++whole_fixations;
    }
    if (truth.size() >= kFlushBytes) {
      events_file.Write(truth);
      truth.clear();
    }
  }
  side_rows.Until(duration_us, &context, &rows);
  writer.AppendEventRow(duration_us, "RecordingEnd", "", context, &rows);
  writer.Finish(&rows);
  flush(0);
  events_file.Write(truth);
  if (Status s = export_file.Commit(); !s.ok()) return s;
  if (Status s = events_file.Commit(); !s.ok()) return s;
  if (Status s = io::WriteFileAtomically(spec.study / spec.aois_file, aoi_truth.Csv(options.hz)); !s.ok()) return s;
  const std::filesystem::path folder = (spec.study / spec.export_file).parent_path();
  for (const auto& [name, content] : writer.CompanionFiles()) {
    if (Status s = io::WriteFileAtomically(folder / name, content); !s.ok()) return s;
  }

  r.file = spec.export_file;
  r.images_shown = static_cast<int>(std::min<std::size_t>(plan.stimuli.size(), kStimulusImageCount));
  r.video_lead_s = static_cast<double>(spec.video_lead_ms) / 1000.0;
  r.sync_s = static_cast<double>(spec.sync_ms) / 1000.0;
  r.participant_id = spec.participant_id;
  r.recording = spec.recording;
  r.group = spec.group;
  r.boris_file = spec.boris_file;
  r.aois_file = spec.aois_file;
  r.aoi_hit_columns = spec.format == io::RecordingFormat::kProLab && spec.aoi_hit_columns;
  r.boris_format = spec.boris_file.empty() ? "" : BorisFormatName(spec.boris_format);
  r.decimal_comma = spec.style.decimal_comma;
  r.bom = spec.style.bom;
  r.crlf = spec.style.crlf;
  r.bytes = export_file.bytes();
  r.format = io::FormatKey(spec.format);
  r.duration_s = duration_us / 1e6;
  r.fixation_duration_mean_ms = whole_fixations > 0 ? fixation_ms_sum / whole_fixations : 0;
  r.fixation_y_mean_px = r.fixation_count > 0 ? fixation_y_sum / r.fixation_count : 0;
  r.pupil_mean_mm = pupil_count > 0 ? pupil_sum / pupil_count : 0;
  return Status::Ok();
}

}  // namespace tobii::gen
