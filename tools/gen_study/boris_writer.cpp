#include "gen_study/boris_writer.h"

#include <fmt/format.h>

namespace tobii::gen {

namespace {

constexpr const char* kColumns[] = {"Observation id",
                                    "Observation date",
                                    "Description",
                                    "Observation duration",
                                    "Observation type",
                                    "Source",
                                    "Time offset (s)",
                                    "Media duration (s)",
                                    "FPS",
                                    "Subject",
                                    "Behavior",
                                    "Behavioral category",
                                    "Modifier #1",
                                    "Behavior type",
                                    "Time",
                                    "Media file name",
                                    "Image index",
                                    "Image file path",
                                    "Comment"};
// The scene camera video the coder watched.
constexpr int kVideoFps = 25;
constexpr const char* kSubject = "participant";

}  // namespace

std::string FormatBorisEvents(const BorisObservation& obs, const std::vector<BehaviourEvent>& events) {
  std::string out = fmt::format("{}\r\n", fmt::join(kColumns, "\t"));
  // BORIS's observation duration is the coded span, first to last event.
  const double coded_s = events.empty() ? 0.0 : (events.back().time_ms - events.front().time_ms) / 1000.0;
  for (const BehaviourEvent& e : events) {
    fmt::format_to(
        std::back_inserter(out),
        "{id}\t{date}\t\t{coded:.3f}\tMedia file(s)\tplayer #1:{media}\t0.0\t{duration:.3f}\t{fps:.3f}"
        "\t{subject}\t{behavior}\t{category}\t\t{status}\t{time:.3f}\t{media}\t{frame}\tNA\t\r\n",
        fmt::arg("id", obs.id), fmt::arg("date", obs.date_time), fmt::arg("coded", coded_s),
        fmt::arg("media", obs.media_file), fmt::arg("duration", obs.media_duration_s),
        fmt::arg("fps", static_cast<double>(kVideoFps)), fmt::arg("subject", kSubject),
        fmt::arg("behavior", e.behavior), fmt::arg("category", e.category), fmt::arg("status", e.status),
        fmt::arg("time", e.time_ms / 1000.0), fmt::arg("frame", e.time_ms * kVideoFps / 1000));
  }
  return out;
}

}  // namespace tobii::gen
