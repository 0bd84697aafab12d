#include "results/results_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <system_error>
#include <type_traits>
#include <variant>

#include "io/byte_source.h"
#include "metrics/result_fields.h"
#include "tobii/atomic_file.h"

namespace tobii::results {

namespace {

using Json = nlohmann::json;


// Files of this version on still read. Version 5 added each recording's
// intervals and their AOIs: older results lack them, and would show a study
// with AOIs as one without, so they are refused (run the study again).
// (Version 4 put every behaviour rate per minute and the gaze dispersion
// in degrees.)
constexpr int kOldestReadableVersion = 5;

// JSON has no NaN: a missing value is null.
Json Number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }
double Number(const Json& value) {
  return value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>();
}

// The stored fields of a result (metrics/result_fields.h), written into
// `json` or read from it.
template <typename Result>
void WriteFields(std::span<const metrics::ResultField<Result>> fields, const Result& result, Json* json) {
  for (const metrics::ResultField<Result>& field : fields) {
    if (!(field.appears & metrics::kStored)) continue;
    std::visit(
        [&](auto accessor) {
          if constexpr (std::is_member_object_pointer_v<decltype(accessor)>) {
            const auto& value = result.*accessor;
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, double>) {
              (*json)[field.name] = Number(value);
            } else {
              (*json)[field.name] = value;
            }
          }
        },
        field.value);
  }
}

template <typename Result>
void ReadFields(std::span<const metrics::ResultField<Result>> fields, const Json& json, Result* result) {
  for (const metrics::ResultField<Result>& field : fields) {
    if (!(field.appears & metrics::kStored)) continue;
    std::visit(
        [&](auto accessor) {
          if constexpr (std::is_member_object_pointer_v<decltype(accessor)>) {
            auto& value = result->*accessor;
            using Value = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<Value, double>) {
              value = Number(json.at(field.name));
            } else {
              value = json.at(field.name).template get<Value>();
            }
          }
        },
        field.value);
  }
}

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

// `f` with the sample trace of `sample` (the same FigureData, unless `f`
// is its shelved part read back: results/figure_data_shelf.h).
Json FigureDataJson(const FigureData& f, const std::optional<SampleTrace>& sample) {
  Json saccades = Json::array();
  for (const auto& [amplitude, velocity] : f.saccades) saccades.push_back({amplitude, velocity});
  return {{"sample", sample ? SampleTraceJson(*sample) : Json(nullptr)},
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

// An interval's stored fields, its AOIs' and its transitions
// ({"from", "to", "count"}).
Json IntervalJson(const IntervalResult& interval) {
  Json json = Json::object();
  WriteFields(metrics::IntervalFields(), interval, &json);
  Json aois = Json::array();
  for (const AoiResult& a : interval.aois) {
    Json aoi = Json::object();
    WriteFields(metrics::AoiFields(), a, &aoi);
    aois.push_back(std::move(aoi));
  }
  json["aois"] = std::move(aois);
  Json transitions = Json::array();
  for (const AoiTransition& t : interval.transitions) {
    transitions.push_back({{"from", t.from}, {"to", t.to}, {"count", t.count}});
  }
  json["transitions"] = std::move(transitions);
  return json;
}

IntervalResult IntervalFromJson(const Json& json) {
  IntervalResult interval;
  ReadFields(metrics::IntervalFields(), json, &interval);
  if (!(interval.start_ms <= interval.end_ms)) throw std::invalid_argument("interval: ends before it starts");
  for (const Json& aoi : json.at("aois")) {
    AoiResult a;
    ReadFields(metrics::AoiFields(), aoi, &a);
    interval.aois.push_back(std::move(a));
  }
  for (const Json& t : json.at("transitions")) {
    interval.transitions.push_back(
        {t.at("from").get<std::string>(), t.at("to").get<std::string>(), t.at("count").get<std::int64_t>()});
  }
  return interval;
}

}  // namespace

Json RecordingJson(const RecordingResult& r, const FigureDataShelf* shelf) {
  Json recording = Json::object();
  WriteFields(metrics::RecordingFields(), r, &recording);
  Json behaviors = Json::array();
  for (const BehaviorResult& b : r.behaviors) {
    Json behavior = Json::object();
    WriteFields(metrics::BehaviorFields(), b, &behavior);
    behaviors.push_back(std::move(behavior));
  }
  recording["behaviors"] = std::move(behaviors);
  Json intervals = Json::array();
  for (const IntervalResult& interval : r.intervals) intervals.push_back(IntervalJson(interval));
  recording["intervals"] = std::move(intervals);
  FigureData scratch;
  recording["figure_data"] =
      FigureDataJson(ViewFigureData(shelf, r.figure_data, &scratch), r.figure_data.sample);
  return recording;
}

RecordingResult RecordingFromJson(const Json& recording) {
  RecordingResult r;
  ReadFields(metrics::RecordingFields(), recording, &r);
  for (const Json& behavior : recording.at("behaviors")) {
    BehaviorResult b;
    ReadFields(metrics::BehaviorFields(), behavior, &b);
    r.behaviors.push_back(std::move(b));
  }
  for (const Json& interval : recording.at("intervals")) r.intervals.push_back(IntervalFromJson(interval));
  ReadFigureData(recording.at("figure_data"), &r.figure_data);
  return r;
}

Status WriteResultsFile(const std::filesystem::path& path, const std::vector<RecordingResult>& results,
                        const FigureDataShelf* shelf) {
  // One recording at a time: a document of every recording at once would
  // grow the run's memory with the number of recordings.
  io::AtomicFile file;
  if (Status s = file.Open(path); !s.ok()) return s;
  file.Write(fmt::format("{{\"results_file_version\": {},\n\"recordings\": [\n", kResultsFileVersion));
  for (std::size_t i = 0; i < results.size(); ++i) {
    Json recording;
    try {
      recording = RecordingJson(results[i], shelf);
    } catch (const std::system_error& e) {  // the shelf could not be read back; the file is not committed
      return Status::Error(path.string() + ": " + e.what());
    }
    file.Write(recording.dump(1, ' ', false, Json::error_handler_t::replace));
    file.Write(i + 1 < results.size() ? ",\n" : "\n");
  }
  file.Write("]}\n");
  return file.Commit();
}

Status ReadResultsFile(const std::filesystem::path& path, std::vector<RecordingResult>* results,
                       FigureDataShelf* shelf) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path.string() + ": cannot be opened: " + std::strerror(errno));
  // A recording at a time, as it was written: each is turned into its
  // result as soon as it is read and dropped from the document, so that
  // reading costs the results, not a document of them all.
  std::optional<int> version;
  std::string refused, key;
  results->clear();
  const Json::parser_callback_t take = [&](int depth, Json::parse_event_t event, Json& parsed) {
    if (event == Json::parse_event_t::key && depth == 1) key = parsed.get<std::string>();
    if (event == Json::parse_event_t::value && depth == 1 && key == "results_file_version") {
      version = parsed.get<int>();
      if (*version < kOldestReadableVersion || *version > kResultsFileVersion) {
        refused = "results of another version (" + std::to_string(*version) + ", this program reads " +
                  std::to_string(kOldestReadableVersion) + " to " + std::to_string(kResultsFileVersion) +
                  "): run the study again";
        throw std::runtime_error(refused);
      }
      return true;
    }
    // A recording: an object in the array of recordings. Kept whole in
    // the document only where the version comes after them (a file
    // rewritten by a tool that sorts keys).
    if (event != Json::parse_event_t::object_end || depth != 2 || !version) return true;
    results->push_back(RecordingFromJson(parsed));
    if (shelf != nullptr) (void)shelf->Put(&results->back().figure_data);  // if refused, kept here
    return false;
  };
  try {
    const Json document = Json::parse(in, take);
    if (!version) throw std::runtime_error("no results_file_version");
    for (const Json& recording : document.at("recordings")) results->push_back(RecordingFromJson(recording));
  } catch (const std::exception& e) {  // nlohmann's errors and a grid of the wrong size
    results->clear();
    if (!refused.empty()) return Status::Error(path.string() + ": " + refused);
    return Status::Error(path.string() + ": not a results file of this program (" + e.what() + "): run the study again");
  }
  return Status::Ok();
}

}  // namespace tobii::results
