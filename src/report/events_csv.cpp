#include "report/events_csv.h"

#include <limits>

#include "io/csv_writer.h"
#include "util/units.h"

namespace tobii::report {

namespace {
using util::kMicrosecondsPerMillisecond;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}  // namespace

std::string EventsCsvHeader() {
  std::string out;
  io::AppendCsvRow(&out, {"type", "index", "onset_ms", "offset_ms", "duration_ms", "x_px", "y_px", "amplitude_deg",
                          "peak_velocity_deg_per_s", "dispersion_deg", "rms_s2s_deg"});
  return out;
}

void AppendEventsCsv(std::span<const Event> events, std::string* out) {
  using io::FormatNumber;
  for (const Event& e : events) {
    const bool fixation = e.type == EventType::kFixation;
    const bool saccade = e.type == EventType::kSaccade;
    const bool positioned = fixation || saccade;
    io::AppendCsvRow(out, {EventTypeName(e.type), std::to_string(e.index),
                           FormatNumber(e.onset_us / kMicrosecondsPerMillisecond, 3),
                           FormatNumber(e.offset_us / kMicrosecondsPerMillisecond, 3),
                           FormatNumber(e.duration_us() / kMicrosecondsPerMillisecond, 3),
                           FormatNumber(positioned ? e.x_px : kNaN, 2), FormatNumber(positioned ? e.y_px : kNaN, 2),
                           FormatNumber(saccade ? e.amplitude_deg : kNaN, 4),
                           FormatNumber(positioned ? e.peak_velocity_deg_per_s : kNaN, 2),
                           FormatNumber(positioned ? e.dispersion_deg : kNaN, 4),
                           FormatNumber(fixation && e.s2s_pairs > 0 ? e.rms_s2s_deg : kNaN, 5)});
  }
}

}  // namespace tobii::report
