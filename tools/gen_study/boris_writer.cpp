#include "gen_study/boris_writer.h"

#include <cstring>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace tobii::gen {

namespace {

constexpr const char* kFlatColumns[] = {"Observation id", "Observation date", "Description", "Observation duration",
                                        "Observation type", "Source", "Time offset (s)", "Media duration (s)", "FPS",
                                        "Subject", "Behavior", "Behavioral category", "Modifier #1", "Behavior type",
                                        "Time", "Media file name", "Image index", "Image file path", "Comment"};
constexpr const char* kBlockColumns[] = {"Time",    "Media file path",     "Total length", "FPS",   "Subject",
                                         "Behavior", "Behavioral category", "Comment",      "Status"};
constexpr const char* kAggregatedColumns[] = {
    "Observation id", "Observation date", "Description", "Observation type", "Source", "Time offset (s)",
    "Coding duration", "Media duration (s)", "FPS (frame/s)", "Subject",
    "Observation duration by subject by observation", "Behavior", "Behavioral category", "Behavior type", "Start (s)",
    "Stop (s)", "Duration (s)", "Media file name", "Image index start", "Image index stop", "Image file path start",
    "Image file path stop", "Comment start", "Comment stop"};
// The scene camera video the coder watched.
constexpr int kVideoFps = 25;
constexpr const char* kSubject = "participant";

double Seconds(std::int64_t ms) { return static_cast<double>(ms) / 1000.0; }

// BORIS's observation duration is the coded span, first to last event.
double CodedSeconds(const std::vector<BehaviourEvent>& events) {
  return events.empty() ? 0.0 : Seconds(events.back().time_ms - events.front().time_ms);
}

// One row, fields joined by `separator`, quoted as RFC 4180 asks where
// they hold the separator or a quote.
std::string Row(const std::vector<std::string>& fields, char separator) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += separator;
    const std::string& f = fields[i];
    if (f.find(separator) == std::string::npos && f.find('"') == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out + "\r\n";
}

std::string Flat(const BorisObservation& obs, const std::vector<BehaviourEvent>& events, char separator) {
  std::string out = Row({std::begin(kFlatColumns), std::end(kFlatColumns)}, separator);
  const double coded_s = CodedSeconds(events);
  for (const BehaviourEvent& e : events) {
    out += Row({obs.id, obs.date_time, "", fmt::format("{:.3f}", coded_s), "Media file(s)",
                "player #1:" + obs.media_file, "0.0", fmt::format("{:.3f}", obs.media_duration_s),
                fmt::format("{:.3f}", static_cast<double>(kVideoFps)), kSubject, e.behavior, e.category, "", e.status,
                fmt::format("{:.3f}", Seconds(e.time_ms)), obs.media_file,
                std::to_string(e.time_ms * kVideoFps / 1000), "NA", ""},
               separator);
  }
  return out;
}

// BORIS <= 8.9 pads every line of the file to the table's width.
std::string Block(const BorisObservation& obs, const std::vector<BehaviourEvent>& events) {
  constexpr std::size_t kWidth = std::size(kBlockColumns);
  const auto line = [&](std::vector<std::string> fields) {
    fields.resize(kWidth);
    return Row(fields, '\t');
  };
  std::string out = line({"Observation id", obs.id}) + line({}) + line({"Media file(s)"}) + line({}) +
                    line({"Player #1", obs.media_file}) + line({}) + line({"Observation date", obs.date_time}) +
                    line({}) + line({"Description"}) + line({}) + line({"Time offset (s)", "0.0"}) + line({}) +
                    line({std::begin(kBlockColumns), std::end(kBlockColumns)});
  for (const BehaviourEvent& e : events) {
    out += line({fmt::format("{:.3f}", Seconds(e.time_ms)), obs.media_file, fmt::format("{:.3f}", obs.media_duration_s),
                 fmt::format("{:.1f}", static_cast<double>(kVideoFps)), kSubject, e.behavior, e.category, "",
                 e.status});
  }
  return out;
}

// One row per bout: BORIS pairs the states itself.
std::string Aggregated(const BorisObservation& obs, const std::vector<BehaviourEvent>& events) {
  struct BoutRow {
    const BehaviourEvent* start;
    std::int64_t stop_ms;
  };
  std::vector<BoutRow> bouts;
  std::map<std::string, const BehaviourEvent*> open;
  double state_s = 0;
  for (const BehaviourEvent& e : events) {
    if (std::strcmp(e.status, "POINT") == 0) {
      bouts.push_back({&e, e.time_ms});
    } else if (std::strcmp(e.status, "START") == 0) {
      open[e.behavior] = &e;
    } else if (const auto it = open.find(e.behavior); it != open.end()) {
      bouts.push_back({it->second, e.time_ms});
      state_s += Seconds(e.time_ms - it->second->time_ms);
      open.erase(it);
    }
  }
  std::stable_sort(bouts.begin(), bouts.end(),
                   [](const BoutRow& a, const BoutRow& b) { return a.start->time_ms < b.start->time_ms; });
  std::string out = Row({std::begin(kAggregatedColumns), std::end(kAggregatedColumns)}, '\t');
  for (const BoutRow& b : bouts) {
    const bool point = std::strcmp(b.start->status, "POINT") == 0;
    out += Row({obs.id, obs.date_time, "", "Media file", "player #1:" + obs.media_file, "0.0",
                fmt::format("{:.3f}", CodedSeconds(events)), fmt::format("{:.3f}", obs.media_duration_s),
                fmt::format("{:.3f}", static_cast<double>(kVideoFps)), kSubject, fmt::format("{:.3f}", state_s),
                b.start->behavior, b.start->category, point ? "POINT" : "STATE",
                fmt::format("{:.3f}", Seconds(b.start->time_ms)), fmt::format("{:.3f}", Seconds(b.stop_ms)),
                point ? "NA" : fmt::format("{:.3f}", Seconds(b.stop_ms - b.start->time_ms)), obs.media_file, "NA",
                "NA", "", "", "", ""},
               '\t');
  }
  return out;
}

// A project with one observation. Its events carry no START/STOP: BORIS
// pairs states by counting, from the ethogram's types.
std::string Project(const BorisObservation& obs, const std::vector<BehaviourEvent>& events) {
  using Json = nlohmann::ordered_json;
  Json ethogram = Json::object();
  std::map<std::string, bool> seen;
  for (const BehaviourEvent& e : events) {
    if (seen[e.behavior]) continue;
    seen[e.behavior] = true;
    const std::string index = std::to_string(ethogram.size());
    ethogram[index] = {{"type", std::strcmp(e.status, "POINT") == 0 ? "Point event" : "State event"},
                       {"key", std::string(1, static_cast<char>('a' + ethogram.size()))},
                       {"code", e.behavior},
                       {"description", ""},
                       {"category", e.category},
                       {"modifiers", Json::object()},
                       {"excluded", ""},
                       {"coding map", ""}};
  }
  Json coded = Json::array();
  for (const BehaviourEvent& e : events) {
    coded.push_back({Seconds(e.time_ms), kSubject, e.behavior, "", "", e.time_ms * kVideoFps / 1000});
  }
  std::string date = obs.date_time;
  if (date.size() > 10) date[10] = 'T';
  Json observation = {{"file", {{"1", {obs.media_file}}, {"2", Json::array()}}},
                      {"type", "MEDIA"},
                      {"date", date},
                      {"description", ""},
                      {"time offset", 0.0},
                      {"events", coded},
                      {"independent_variables", Json::object()},
                      {"media_info", {{"length", {{obs.media_file, obs.media_duration_s}}},
                                      {"fps", {{obs.media_file, kVideoFps}}}}}};
  const Json project = {{"time_format", "s"},
                        {"project_date", date},
                        {"project_name", "synthetic study"},
                        {"project_description", ""},
                        {"project_format_version", "7.0"},
                        {"subjects_conf", {{"0", {{"key", "1"}, {"name", kSubject}, {"description", ""}}}}},
                        {"behaviors_conf", ethogram},
                        {"observations", {{obs.id, observation}}}};
  return project.dump(1) + "\n";
}

}  // namespace

const char* BorisFormatName(BorisFormat format) {
  switch (format) {
    case BorisFormat::kFlatTsv: return "tabular events >= 8.9.4, TSV";
    case BorisFormat::kFlatCsv: return "tabular events >= 8.9.4, CSV";
    case BorisFormat::kBlockTsv: return "tabular events <= 8.9, TSV";
    case BorisFormat::kAggregatedTsv: return "aggregated events, TSV";
    case BorisFormat::kProject: return "project";
  }
  return "";
}

const char* BorisExtension(BorisFormat format) {
  switch (format) {
    case BorisFormat::kFlatCsv: return ".csv";
    case BorisFormat::kProject: return ".boris";
    default: return ".tsv";
  }
}

std::string FormatBoris(BorisFormat format, const BorisObservation& obs, const std::vector<BehaviourEvent>& events) {
  switch (format) {
    case BorisFormat::kFlatTsv: return Flat(obs, events, '\t');
    case BorisFormat::kFlatCsv: return Flat(obs, events, ',');
    case BorisFormat::kBlockTsv: return Block(obs, events);
    case BorisFormat::kAggregatedTsv: return Aggregated(obs, events);
    case BorisFormat::kProject: return Project(obs, events);
  }
  return "";
}

}  // namespace tobii::gen
