#include "gen_study/pro_lab_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "gen_study/physiology.h"
#include "gen_study/screen_frame.h"
#include "gen_study/stimulus_aois.h"

namespace tobii::gen {

// Copied in order from the header of Pro Lab 24.21.435's export
// (cemGr/Tobii-I-VT-Filter-Reconstruction, `I-VT-normal Data export_short.tsv`).
// clang-format off
const std::array<std::string_view, kProLabColumnCount> kProLabColumns = {
    "Recording timestamp [ms]", "Computer timestamp [ms]", "Sensor", "Project name", "Export date",
    "Participant name", "Recording name", "Recording date", "Recording date UTC", "Recording start time",
    "Recording start time UTC", "Recording duration [ms]", "Timeline name", "Recording Fixation filter name",
    "Recording software version", "Recording resolution height [px]", "Recording resolution width [px]",
    "Recording monitor latency [ms]", "Average calibration accuracy [mm]",
    "Average calibration precision SD [mm]", "Average calibration precision RMS [mm]",
    "Average calibration accuracy [°]", "Average calibration precision SD [°]",
    "Average calibration precision RMS [°]", "Average calibration accuracy [px]",
    "Average calibration precision SD [px]", "Average calibration precision RMS [px]",
    "Average validation accuracy [mm]", "Average validation precision SD [mm]",
    "Average validation precision RMS [mm]", "Average validation accuracy [°]",
    "Average validation precision SD [°]", "Average validation precision RMS [°]",
    "Average validation accuracy [px]", "Average validation precision SD [px]",
    "Average validation precision RMS [px]", "Eyetracker timestamp [μs]", "Event", "Event value",
    "Gaze point X [DACS px]", "Gaze point Y [DACS px]", "Gaze point left X [DACS px]",
    "Gaze point left Y [DACS px]", "Gaze point right X [DACS px]", "Gaze point right Y [DACS px]",
    "Gaze direction left X [DACS norm]", "Gaze direction left Y [DACS norm]",
    "Gaze direction left Z [DACS norm]", "Gaze direction right X [DACS norm]",
    "Gaze direction right Y [DACS norm]", "Gaze direction right Z [DACS norm]", "Pupil diameter left [mm]",
    "Pupil diameter right [mm]", "Pupil diameter filtered [mm]", "Eye openness left [mm]",
    "Eye openness right [mm]", "Eye openness filtered [mm]", "Validity left", "Validity right",
    "Eye position left X [DACS mm]", "Eye position left Y [DACS mm]", "Eye position left Z [DACS mm]",
    "Eye position right X [DACS mm]", "Eye position right Y [DACS mm]", "Eye position right Z [DACS mm]",
    "Gaze point left X [DACS mm]", "Gaze point left Y [DACS mm]", "Gaze point right X [DACS mm]",
    "Gaze point right Y [DACS mm]", "Gaze point X [MCS norm]", "Gaze point Y [MCS norm]",
    "Gaze point left X [MCS norm]", "Gaze point left Y [MCS norm]", "Gaze point right X [MCS norm]",
    "Gaze point right Y [MCS norm]", "Presented Stimulus name", "Presented Media name",
    "Presented Media width [px]", "Presented Media height [px]", "Presented Media position X [DACS px]",
    "Presented Media position Y [DACS px]", "Original Media width [px]", "Original Media height [px]",
    "Eye movement type", "Eye movement event duration [ms]", "Eye movement type index",
    "Fixation point X [DACS px]", "Fixation point Y [DACS px]", "Fixation point X [MCS norm]",
    "Fixation point Y [MCS norm]", "Ungrouped", "Client area position X [px]", "Client area position Y [px]",
    "Viewport position X [px]", "Viewport position Y [px]", "Viewport width [px]", "Viewport height [px]",
    "Full page width [px]", "Full page height [px]", "Mouse position X [DACS px]",
    "Mouse position Y [DACS px]"};
// clang-format on

namespace {

// As in the real export's metadata.
constexpr std::string_view kFilterName = "Tobii I-VT (Fixation)";
constexpr std::string_view kSoftwareVersion = "24.21.435";
constexpr double kMonitorLatencyMs = 10.0;
// Images fill the screen, so media coordinates are screen coordinates.
constexpr int kMediaWidthPx = kScreenWidthPx;
constexpr int kMediaHeightPx = kScreenHeightPx;
// Columns 91-99 (web and grouping columns) stay empty for image stimuli.
constexpr std::string_view kUnusedColumns = "\t\t\t\t\t\t\t\t\t";

void AppendInt(std::int64_t value, std::string* out) {
  const fmt::format_int text(value);
  out->append(text.data(), text.size());
}

// A tab, then the field.
void AppendField(std::string_view text, std::string* out) {
  *out += '\t';
  out->append(text);
}

void AppendIntField(std::int64_t value, std::string* out) {
  *out += '\t';
  AppendInt(value, out);
}

std::string FormatDate(std::chrono::sys_days day, bool decimal_comma) {
  const std::chrono::year_month_day ymd(day);
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
  return decimal_comma ? fmt::format("{:02}.{:02}.{:04}", d, m, y)
                       : fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

double DegToMm(double deg) { return kViewingDistanceMm * std::tan(deg * std::numbers::pi / 180); }

std::string FormatTime(std::int64_t ms_of_day) {
  return fmt::format("{:02}:{:02}:{:02}.{:03}", ms_of_day / 3600000, ms_of_day / 60000 % 60,
                     ms_of_day / 1000 % 60, ms_of_day % 1000);
}

}  // namespace

ProLabWriter::ProLabWriter(const ExportMeta& meta, ExportStyle style, std::vector<AoiHitColumn> hit_columns)
    : hit_columns_(std::move(hit_columns)),
      mark_(style.decimal_comma ? ',' : '.'),
      eol_(style.crlf ? "\r\n" : "\n"),
      bom_(style.bom),
      computer_offset_ms_(meta.computer_offset_ms),
      tracker_offset_us_(meta.tracker_offset_us) {
  constexpr std::int64_t kDayMs = 86400000;
  const std::int64_t utc_ms = meta.start_ms_of_day - meta.utc_offset_min * 60000LL;
  const std::int64_t utc_day_shift = utc_ms < 0 ? -1 : utc_ms >= kDayMs ? 1 : 0;
  const auto date = [&](std::chrono::sys_days day) { return FormatDate(day, style.decimal_comma); };
  for (const std::string& field :
       {meta.project, date(meta.export_day), meta.participant, meta.recording, date(meta.recording_day),
        date(meta.recording_day + std::chrono::days(utc_day_shift)), FormatTime(meta.start_ms_of_day),
        FormatTime(utc_ms - utc_day_shift * kDayMs), std::to_string(meta.duration_ms), meta.timeline,
        std::string(kFilterName), std::string(kSoftwareVersion), std::to_string(kScreenHeightPx),
        std::to_string(kScreenWidthPx)}) {
    AppendField(field, &prefix_);
  }
  const auto add = [&](double value, int decimals) {
    prefix_ += '\t';
    Fixed(value, decimals, &prefix_);
  };
  add(kMonitorLatencyMs, 2);
  for (const TrackerQuality& q : {meta.calibration, meta.validation}) {
    const double degrees[3] = {q.accuracy_deg, q.precision_sd_deg, q.precision_rms_deg};
    for (double deg : degrees) add(DegToMm(deg), 1);
    for (double deg : degrees) add(deg, 2);
    for (double deg : degrees) add(DegToMm(deg) * kPxPerMmX, 0);
  }
}

void ProLabWriter::AppendHeader(std::string* out) {
  if (bom_) out->append("\xEF\xBB\xBF");
  for (int i = 0; i < kProLabColumnCount; ++i) {
    if (i > 0) *out += '\t';
    out->append(kProLabColumns[i]);
  }
  for (const AoiHitColumn& column : hit_columns_) {
    out->append("\tAOI hit [");
    out->append(StimulusName(column.image));
    out->append(" - ");
    out->append(kAoiNames[static_cast<std::size_t>(column.aoi)]);
    *out += ']';
  }
  out->append(eol_);
}

void ProLabWriter::AppendEyeRow(const GazeSample& s, const RowContext& context, std::string* out) {
  AppendStart(s.time_us, "Eye Tracker", out);
  AppendIntField(tracker_offset_us_ + s.time_us, out);
  out->append("\t\t");  // Event, Event value

  const EyeSample& l = s.eye[0];
  const EyeSample& r = s.eye[1];
  const int valid = l.valid + r.valid;
  auto cell = [&](bool present, double value, int decimals) {
    *out += '\t';
    if (present) Fixed(value, decimals, out);
  };
  auto per_eye = [&](double EyeSample::*field, int decimals) {
    cell(l.valid, l.*field, decimals);
    cell(r.valid, r.*field, decimals);
  };
  auto mean = [&](double EyeSample::*field) {
    return ((l.valid ? l.*field : 0) + (r.valid ? r.*field : 0)) / std::max(valid, 1);
  };
  // Pro Lab writes gaze in px as whole numbers.
  double gaze_x_px = 0, gaze_y_px = 0;
  const bool gaze = WrittenGazePointPx(s, &gaze_x_px, &gaze_y_px);
  cell(gaze, gaze_x_px, 0);
  cell(gaze, gaze_y_px, 0);
  for (const EyeSample* e : {&l, &r}) {
    cell(e->valid, e->gaze_x_mm * kPxPerMmX, 0);
    cell(e->valid, e->gaze_y_mm * kPxPerMmY, 0);
  }
  for (const EyeSample* e : {&l, &r}) {  // unit vector from the eye to the gaze point
    const double dx = e->gaze_x_mm - e->pos_x_mm, dy = e->gaze_y_mm - e->pos_y_mm, dz = -e->pos_z_mm;
    const double norm = std::sqrt(dx * dx + dy * dy + dz * dz);
    cell(e->valid, dx / norm, 5);
    cell(e->valid, dy / norm, 5);
    cell(e->valid, dz / norm, 5);
  }
  per_eye(&EyeSample::pupil_mm, 3);
  cell(valid > 0, mean(&EyeSample::pupil_mm), 3);
  per_eye(&EyeSample::openness_mm, 3);
  cell(valid > 0, mean(&EyeSample::openness_mm), 3);
  out->append(l.valid ? "\tValid" : "\tInvalid");
  out->append(r.valid ? "\tValid" : "\tInvalid");
  for (const EyeSample* e : {&l, &r}) {
    cell(e->valid, e->pos_x_mm, 1);
    cell(e->valid, e->pos_y_mm, 1);
    cell(e->valid, e->pos_z_mm, 1);
  }
  for (const EyeSample* e : {&l, &r}) {
    cell(e->valid, e->gaze_x_mm, 1);
    cell(e->valid, e->gaze_y_mm, 1);
  }
  const bool media = context.stimulus != nullptr;
  const double to_mcs_x = kPxPerMmX / kMediaWidthPx, to_mcs_y = kPxPerMmY / kMediaHeightPx;
  cell(media && valid > 0, mean(&EyeSample::gaze_x_mm) * to_mcs_x, 5);
  cell(media && valid > 0, mean(&EyeSample::gaze_y_mm) * to_mcs_y, 5);
  for (const EyeSample* e : {&l, &r}) {
    cell(media && e->valid, e->gaze_x_mm * to_mcs_x, 5);
    cell(media && e->valid, e->gaze_y_mm * to_mcs_y, 5);
  }
  AppendTail(context, out);
  out->append("\t\t");  // mouse position
  for (const AoiHitColumn& column : hit_columns_) {
    if (context.stimulus == nullptr || context.stimulus->image != column.image) {
      *out += '\t';
    } else {
      out->append((context.aoi_hits >> column.aoi & 1u) != 0 ? "\t1" : "\t0");
    }
  }
  out->append(eol_);
}

void ProLabWriter::AppendMouseRow(std::int64_t time_us, int x_px, int y_px, const RowContext& context,
                                  std::string* out) {
  AppendStart(time_us, "Mouse", out);
  out->append(39, '\t');  // columns 37-75 hold no mouse data
  AppendTail(context, out);
  AppendIntField(x_px, out);
  AppendIntField(y_px, out);
  out->append(hit_columns_.size(), '\t');
  out->append(eol_);
}

void ProLabWriter::AppendEventRow(std::int64_t time_us, std::string_view event, std::string_view value,
                                  const RowContext& context, std::string* out) {
  AppendStart(time_us, "", out);
  *out += '\t';  // no Eyetracker timestamp
  AppendField(event, out);
  AppendField(value, out);
  out->append(36, '\t');  // columns 40-75
  AppendTail(context, out);
  out->append("\t\t");
  out->append(hit_columns_.size(), '\t');
  out->append(eol_);
}

void ProLabWriter::AppendStart(std::int64_t time_us, std::string_view sensor, std::string* out) const {
  const std::int64_t ms = (time_us + 500) / 1000;  // Pro Lab writes whole ms
  AppendInt(ms, out);
  AppendIntField(computer_offset_ms_ + ms, out);
  AppendField(sensor, out);
  out->append(prefix_);
}

void ProLabWriter::AppendTail(const RowContext& c, std::string* out) const {
  if (c.stimulus != nullptr) {
    AppendField(c.stimulus->name, out);
    AppendField(c.stimulus->name, out);
    out->append(".jpg");
    for (int v : {kMediaWidthPx, kMediaHeightPx, 0, 0, kMediaWidthPx, kMediaHeightPx}) AppendIntField(v, out);
  } else {
    out->append(8, '\t');
  }
  if (c.has_movement) {
    AppendField(MovementName(c.movement), out);
    AppendIntField(c.movement_duration_ms, out);
    AppendIntField(c.movement_index, out);
  } else {
    out->append(3, '\t');
  }
  const bool fixation = c.has_movement && c.has_fixation_point;
  const bool mcs = fixation && c.stimulus != nullptr;
  if (fixation) {
    AppendIntField(std::llround(c.fixation_x_px), out);
    AppendIntField(std::llround(c.fixation_y_px), out);
  } else {
    out->append(2, '\t');
  }
  *out += '\t';
  if (mcs) Fixed(c.fixation_x_px / kMediaWidthPx, 5, out);
  *out += '\t';
  if (mcs) Fixed(c.fixation_y_px / kMediaHeightPx, 5, out);
  out->append(kUnusedColumns);
}

// Fixed-point with the export's decimal mark; faster than a locale-aware
// printf and never prints "-0".
void ProLabWriter::Fixed(double value, int decimals, std::string* out) const {
  static constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000};
  std::int64_t scaled = std::llround(value * kPow10[decimals]);
  if (scaled < 0) {
    *out += '-';
    scaled = -scaled;
  }
  AppendInt(scaled / kPow10[decimals], out);
  if (decimals == 0) return;
  *out += mark_;
  char digits[8];
  std::int64_t fraction = scaled % kPow10[decimals];
  for (int i = decimals - 1; i >= 0; --i, fraction /= 10) digits[i] = static_cast<char>('0' + fraction % 10);
  out->append(digits, decimals);
}

}  // namespace tobii::gen
