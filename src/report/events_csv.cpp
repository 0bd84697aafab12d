#include "report/events_csv.h"

#include <limits>

#include "io/csv_writer.h"
#include "util/units.h"

namespace tobii::report {

namespace {

using util::kMicrosecondsPerMillisecond;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr const char* kDetector = "event detector (--detector)";

const ColumnDoc kEventsColumns[] = {
    {"participant_id", "", "The participant's id, as the recording's row in summary.csv gives it.",
     "study discovery"},
    {"recording", "", "The recording's name, as its row in summary.csv gives it.", "study discovery"},
    {"type", "", "\"fixation\", \"saccade\" or \"blink\".", kDetector},
    {"index", "", "1, 2, ... per type, in time order (Pro Lab's Eye movement type index).", kDetector},
    {"onset_ms", "ms", "Time of the event's first sample, from the recording's first sample.", kDetector},
    {"offset_ms", "ms", "Time of the first sample after the event (its last sample plus one sample interval at the "
                        "recording's end), so events that follow each other share a boundary.", kDetector},
    {"duration_ms", "ms", "offset_ms - onset_ms.", kDetector},
    {"x_px", "px", "Fixation: the centroid of its gaze points; saccade: the point it lands on (screen pixels).",
     kDetector},
    {"y_px", "px", "The same, vertically (pixels down from the screen's top).", kDetector},
    {"start_x_px", "px", "Saccade: the point it leaves from, the last valid gaze point before it.", kDetector},
    {"start_y_px", "px", "The same, vertically.", kDetector},
    {"amplitude_deg", "deg", "Saccade: the visual angle from start to landing point.", kDetector},
    {"peak_velocity_deg_per_s", "deg/s", "Fixation, saccade: the highest windowed sample velocity inside it.",
     kDetector},
    {"dispersion_deg", "deg", "Fixation, saccade: (max x - min x) + (max y - min y) of its gaze angles "
                              "(Salvucci & Goldberg 2000).", kDetector},
    {"rms_s2s_deg", "deg", "Fixation: root mean square of the angles between its successive valid samples "
                           "(Holmqvist et al. 2012).", kDetector},
};

}  // namespace

std::span<const ColumnDoc> EventsColumns() { return kEventsColumns; }

std::string EventsCsvHeader() { return HeaderRow(kEventsColumns); }

void AppendEventsCsv(std::string_view participant_id, std::string_view recording, std::span<const Event> events,
                     std::string* out) {
  using io::FormatNumber;
  for (const Event& e : events) {
    const bool fixation = e.type == EventType::kFixation;
    const bool saccade = e.type == EventType::kSaccade;
    const bool positioned = fixation || saccade;
    io::AppendCsvRow(out, {participant_id, recording, EventTypeName(e.type),
                           std::to_string(e.index), FormatNumber(e.onset_us / kMicrosecondsPerMillisecond, 3),
                           FormatNumber(e.offset_us / kMicrosecondsPerMillisecond, 3),
                           FormatNumber(e.duration_us() / kMicrosecondsPerMillisecond, 3),
                           FormatNumber(positioned ? e.x_px : kNaN, 2), FormatNumber(positioned ? e.y_px : kNaN, 2),
                           FormatNumber(saccade ? e.start_x_px : kNaN, 2),
                           FormatNumber(saccade ? e.start_y_px : kNaN, 2),
                           FormatNumber(saccade ? e.amplitude_deg : kNaN, 4),
                           FormatNumber(positioned ? e.peak_velocity_deg_per_s : kNaN, 2),
                           FormatNumber(positioned ? e.dispersion_deg : kNaN, 4),
                           FormatNumber(fixation && e.s2s_pairs > 0 ? e.rms_s2s_deg : kNaN, 5)});
  }
}

}  // namespace tobii::report
