#include "report/results_file.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/atomic_file.h"
#include "io/byte_source.h"

namespace tobii::report {

namespace {

using Json = nlohmann::json;

// Bumped whenever a field changes meaning or is removed.
constexpr int kResultsFileVersion = 2;
// Results are kilobytes a recording; this bounds a corrupt file's read.
constexpr std::size_t kMaxResultsFileBytes = std::size_t{1} << 30;

// JSON has no NaN: a missing value is null.
Json Number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }
double Number(const Json& value) {
  return value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>();
}

// Each field once, for both directions: `visit(name, member)` is called on
// every member of the result, written or read.
template <typename Result, typename Visit>
void VisitBehavior(Result& b, Visit&& visit) {
  visit("behavior", b.behavior);
  visit("point", b.point);
  visit("annotated_s", b.annotated_s);
  visit("clipped_s", b.clipped_s);
  visit("bouts", b.bouts);
  visit("samples", b.samples);
  visit("valid_samples", b.valid_samples);
  visit("pupil_mean_mm", b.pupil_mean_mm);
  visit("pupil_sd_mm", b.pupil_sd_mm);
  visit("pupil_change_pct", b.pupil_change_pct);
  visit("fixation_count", b.fixation_count);
  visit("fixation_rate_per_s", b.fixation_rate_per_s);
  visit("fixation_duration_mean_ms", b.fixation_duration_mean_ms);
  visit("saccade_count", b.saccade_count);
  visit("saccade_rate_per_s", b.saccade_rate_per_s);
  visit("saccade_amplitude_mean_deg", b.saccade_amplitude_mean_deg);
  visit("gaze_dispersion_px", b.gaze_dispersion_px);
  visit("events", b.events);
  visit("pupil_response_mm", b.pupil_response_mm);
  visit("pupil_response_pct", b.pupil_response_pct);
}

template <typename Result, typename Visit>
void VisitRecording(Result& r, Visit&& visit) {
  visit("file", r.file);
  visit("participant_id", r.participant_id);
  visit("recording", r.recording);
  visit("group", r.group);
  visit("duration_s", r.duration_s);
  visit("samples", r.samples);
  visit("valid_samples", r.valid_samples);
  visit("on_screen_samples", r.on_screen_samples);
  visit("sampling_rate_hz", r.sampling_rate_hz);
  visit("fixation_count", r.fixation_count);
  visit("fixation_duration_mean_ms", r.fixation_duration_mean_ms);
  visit("saccade_count", r.saccade_count);
  visit("saccade_amplitude_mean_deg", r.saccade_amplitude_mean_deg);
  visit("saccade_peak_velocity_mean_deg_per_s", r.saccade_peak_velocity_mean_deg_per_s);
  visit("blink_count", r.blink_count);
  visit("blink_rate_per_min", r.blink_rate_per_min);
  visit("blink_duration_mean_ms", r.blink_duration_mean_ms);
  visit("precision_rms_s2s_deg", r.precision_rms_s2s_deg);
  visit("pupil_mean_mm", r.pupil_mean_mm);
  visit("bytes_read", r.bytes_read);
  visit("seconds", r.seconds);
}

struct Writer {
  Json* json;
  void operator()(const char* name, double value) { (*json)[name] = Number(value); }
  template <typename T>
  void operator()(const char* name, const T& value) {
    (*json)[name] = value;
  }
};

struct Reader {
  const Json* json;
  void operator()(const char* name, double& value) { value = Number(json->at(name)); }
  template <typename T>
  void operator()(const char* name, T& value) {
    value = json->at(name).get<T>();
  }
};

// A float series with NaN as null.
Json Series(const std::vector<float>& values) {
  Json out = Json::array();
  for (float v : values) out.push_back(Number(v));
  return out;
}
// A float stored as a JSON number (or null: NaN); one beyond float's range
// is damage, not a value.
float FloatNumber(const Json& value) {
  const double v = Number(value);
  if (std::abs(v) > std::numeric_limits<float>::max()) throw std::invalid_argument("number beyond float's range");
  return static_cast<float>(v);
}
std::vector<float> Series(const Json& json) {
  std::vector<float> out;
  for (const Json& v : json) out.push_back(FloatNumber(v));
  return out;
}

Json SampleTraceJson(const SampleTrace& t) {
  Json events = Json::array();
  for (const SampleTrace::Interval& e : t.events) {
    events.push_back({{"type", EventTypeName(e.type)},
                      {"start_s", e.start_s},
                      {"end_s", e.end_s},
                      {"x_px", Number(e.x_px)},
                      {"y_px", Number(e.y_px)}});
  }
  return {{"start_s", t.start_s},
          {"window_s", t.window_s},
          {"bin_s", t.bin_s},
          {"time_s", Series(t.time_s)},
          {"x_px", Series(t.x_px)},
          {"y_px", Series(t.y_px)},
          {"velocity_deg_per_s", Series(t.velocity_deg_per_s)},
          {"pupil_mm", Series(t.pupil_mm)},
          {"velocity_threshold_deg_per_s", Number(t.velocity_threshold_deg_per_s)},
          {"screen_width_px", t.screen_width_px},
          {"screen_height_px", t.screen_height_px},
          {"events", events},
          {"events_truncated", t.events_truncated}};
}

void ReadSampleTrace(const Json& json, SampleTrace* t) {
  t->start_s = json.at("start_s").get<double>();
  t->window_s = json.at("window_s").get<double>();
  t->bin_s = json.at("bin_s").get<double>();
  t->time_s = Series(json.at("time_s"));
  t->x_px = Series(json.at("x_px"));
  t->y_px = Series(json.at("y_px"));
  t->velocity_deg_per_s = Series(json.at("velocity_deg_per_s"));
  t->pupil_mm = Series(json.at("pupil_mm"));
  const std::size_t bins = t->time_s.size();
  if (!(t->bin_s > 0) || !(t->window_s > 0) || t->x_px.size() != bins || t->y_px.size() != bins || t->velocity_deg_per_s.size() != bins || t->pupil_mm.size() != bins) {
    throw std::invalid_argument("sample: series of different lengths, or no window or bin width");
  }
  for (float time : t->time_s) {
    if (!(0 <= time && time <= t->window_s)) throw std::invalid_argument("sample: a time outside the stretch");
  }
  t->velocity_threshold_deg_per_s = Number(json.at("velocity_threshold_deg_per_s"));
  t->screen_width_px = json.at("screen_width_px").get<double>();
  t->screen_height_px = json.at("screen_height_px").get<double>();
  if (!(t->screen_width_px > 0) || !(t->screen_height_px > 0)) throw std::invalid_argument("sample: no screen size");
  for (const Json& e : json.at("events")) {
    SampleTrace::Interval interval;
    if (!ParseEventType(e.at("type").get<std::string>(), &interval.type)) {
      throw std::invalid_argument("sample: unknown event type");
    }
    interval.start_s = FloatNumber(e.at("start_s"));
    interval.end_s = FloatNumber(e.at("end_s"));
    if (!(0 <= interval.start_s && interval.start_s <= interval.end_s && interval.end_s <= t->window_s)) {
      throw std::invalid_argument("sample: an event outside the stretch");
    }
    interval.x_px = FloatNumber(e.at("x_px"));
    interval.y_px = FloatNumber(e.at("y_px"));
    t->events.push_back(interval);
  }
  t->events_truncated = json.at("events_truncated").get<bool>();
}

Json FigureDataJson(const FigureData& f) {
  Json saccades = Json::array();
  for (const auto& [amplitude, velocity] : f.saccades) saccades.push_back({amplitude, velocity});
  return {{"sample", f.sample ? SampleTraceJson(*f.sample) : Json(nullptr)},
          {"gaze_grid",
           {{"columns", f.gaze.columns},
            {"rows", f.gaze.rows},
            {"width_mm", f.gaze.width_mm},
            {"height_mm", f.gaze.height_mm},
            {"distance_mm", f.gaze.distance_mm},
            {"counts", f.gaze.counts}}},
          {"fixation_bin_ms", f.fixation_bin_ms},
          {"fixation_duration_counts", f.fixation_duration_counts},
          {"saccades", saccades}};
}

void ReadFigureData(const Json& json, FigureData* f) {
  const Json& grid = json.at("gaze_grid");
  f->gaze.columns = grid.at("columns").get<int>();
  f->gaze.rows = grid.at("rows").get<int>();
  f->gaze.width_mm = grid.at("width_mm").get<double>();
  f->gaze.height_mm = grid.at("height_mm").get<double>();
  f->gaze.distance_mm = grid.at("distance_mm").get<double>();
  f->gaze.counts = grid.at("counts").get<std::vector<std::uint32_t>>();
  if (!f->gaze.counts.empty()) {  // a grid needs a screen to turn degrees into cells
    for (double mm : {f->gaze.width_mm, f->gaze.height_mm, f->gaze.distance_mm}) {
      if (!(mm > 0) || !std::isfinite(mm)) throw std::invalid_argument("gaze_grid: screen geometry not positive");
    }
  }
  if (f->gaze.columns < 0 || f->gaze.rows < 0 ||
      f->gaze.counts.size() != static_cast<std::size_t>(f->gaze.columns) * static_cast<std::size_t>(f->gaze.rows)) {
    throw std::invalid_argument("gaze_grid: counts do not fill columns x rows");
  }
  f->fixation_bin_ms = json.at("fixation_bin_ms").get<double>();
  f->fixation_duration_counts = json.at("fixation_duration_counts").get<std::vector<std::uint32_t>>();
  for (const Json& point : json.at("saccades")) f->saccades.emplace_back(FloatNumber(point.at(0)), FloatNumber(point.at(1)));
  // Results of the version before sample figures have none.
  if (const auto sample = json.find("sample"); sample != json.end() && !sample->is_null()) {
    ReadSampleTrace(*sample, &f->sample.emplace());
  }
}

}  // namespace

Status WriteResultsFile(const std::filesystem::path& path, const std::vector<RecordingResult>& results) {
  // One recording at a time: a document of every recording at once would
  // grow the run's memory with the number of recordings.
  io::AtomicFile file;
  if (Status s = file.Open(path); !s.ok()) return s;
  file.Write(fmt::format("{{\"results_file_version\": {},\n\"recordings\": [\n", kResultsFileVersion));
  for (std::size_t i = 0; i < results.size(); ++i) {
    const RecordingResult& r = results[i];
    Json recording = Json::object();
    VisitRecording(r, Writer{&recording});
    Json behaviors = Json::array();
    for (const BehaviorResult& b : r.behaviors) {
      Json behavior = Json::object();
      VisitBehavior(b, Writer{&behavior});
      behaviors.push_back(std::move(behavior));
    }
    recording["behaviors"] = std::move(behaviors);
    recording["figure_data"] = FigureDataJson(r.figure_data);
    file.Write(recording.dump(1, ' ', false, Json::error_handler_t::replace));
    file.Write(i + 1 < results.size() ? ",\n" : "\n");
  }
  file.Write("]}\n");
  return file.Commit();
}

Status ReadResultsFile(const std::filesystem::path& path, std::vector<RecordingResult>* results) {
  std::string text;
  if (Status s = io::ReadWholeFile(path.string(), kMaxResultsFileBytes, "results file", &text); !s.ok()) return s;
  try {
    const Json document = Json::parse(text);
    const int version = document.at("results_file_version").get<int>();
    if (version != kResultsFileVersion) {
      return Status::Error(path.string() + ": results of another version (" + std::to_string(version) +
                           ", this program reads " + std::to_string(kResultsFileVersion) +
                           "): run the study again");
    }
    results->clear();
    for (const Json& recording : document.at("recordings")) {
      RecordingResult r;
      VisitRecording(r, Reader{&recording});
      for (const Json& behavior : recording.at("behaviors")) {
        BehaviorResult b;
        VisitBehavior(b, Reader{&behavior});
        r.behaviors.push_back(std::move(b));
      }
      ReadFigureData(recording.at("figure_data"), &r.figure_data);
      results->push_back(std::move(r));
    }
  } catch (const std::exception& e) {  // nlohmann's errors and a grid of the wrong size
    return Status::Error(path.string() + ": not a results file of this program (" + e.what() + "): run the study again");
  }
  return Status::Ok();
}

}  // namespace tobii::report
