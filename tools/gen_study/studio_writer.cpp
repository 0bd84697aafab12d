#include "gen_study/studio_writer.h"

#include <fmt/format.h>

#include <chrono>
#include <cmath>

#include "gen_study/screen_frame.h"

namespace tobii::gen {

namespace {

// The version and filter the real Studio export names.
constexpr std::string_view kStudioVersion = "3.4.5";
constexpr std::string_view kFilterName = "I-VT filter";
// Tobii Studio's validity codes: 0 the eye was found for certain, 4 not
// found (Tobii Studio user's manual, "Validity codes").
constexpr int kValidityFound = 0;
constexpr int kValidityLost = 4;
// What Studio 3 writes for a lost eye's pupil (seen in the real X3-120
// export: 1755 of 2920 rows).
constexpr double kLostPupil = -1;

// The columns, in the order of the real export (those kept).
constexpr std::string_view kHeader =
    "ExportDate\tStudioVersionRec\tStudioProjectName\tStudioTestName\tParticipantName\tRecordingName\t"
    "RecordingDate\tRecordingDuration\tRecordingResolution\tFixationFilter\tRecordingTimestamp\t"
    "EyeTrackerTimestamp\tStudioEventIndex\tStudioEvent\tStudioEventData\tGazePointIndex\t"
    "GazePointLeftX (ADCSpx)\tGazePointLeftY (ADCSpx)\tGazePointRightX (ADCSpx)\tGazePointRightY (ADCSpx)\t"
    "GazePointX (ADCSpx)\tGazePointY (ADCSpx)\tGazePointLeftX (ADCSmm)\tGazePointLeftY (ADCSmm)\t"
    "GazePointRightX (ADCSmm)\tGazePointRightY (ADCSmm)\tEyePosLeftX (ADCSmm)\tEyePosLeftY (ADCSmm)\t"
    "EyePosLeftZ (ADCSmm)\tEyePosRightX (ADCSmm)\tEyePosRightY (ADCSmm)\tEyePosRightZ (ADCSmm)\t"
    "DistanceLeft\tDistanceRight\tPupilLeft\tPupilRight\tValidityLeft\tValidityRight\t";

// US dates as the real export writes them (MM/DD/YYYY).
std::string UsDate(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd(day);
  return fmt::format("{:02}/{:02}/{:04}", static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     static_cast<int>(ymd.year()));
}

}  // namespace

StudioWriter::StudioWriter(const ExportMeta& meta, ExportStyle style)
    : mark_(style.decimal_comma ? ',' : '.'),
      eol_(style.crlf ? "\r\n" : "\n"),
      bom_(style.bom),
      tracker_offset_us_(meta.tracker_offset_us) {
  prefix_ = fmt::format("{}\t{}\t{}\tTest1\t{}\t{}\t{}\t{}\t{} x {}\t{}\t", UsDate(meta.export_day), kStudioVersion,
                        meta.project, meta.participant, meta.recording, UsDate(meta.recording_day), meta.duration_ms,
                        kScreenWidthPx, kScreenHeightPx, kFilterName);
}

void StudioWriter::AppendHeader(std::string* out) {
  if (bom_) out->append("\xEF\xBB\xBF");
  out->append(kHeader);
  out->append(eol_);
}

void StudioWriter::Fixed(double value, int decimals, std::string* out) const {
  const std::size_t at = out->size();
  fmt::format_to(std::back_inserter(*out), "{:.{}f}", value, decimals);
  if (mark_ != '.') {
    for (std::size_t i = at; i < out->size(); ++i) {
      if ((*out)[i] == '.') (*out)[i] = mark_;
    }
  }
}

void StudioWriter::AppendStart(std::int64_t time_us, std::string* out) const {
  out->append(prefix_);
  fmt::format_to(std::back_inserter(*out), "{}", (time_us + 500) / 1000);  // whole ms, as Studio writes
}

void StudioWriter::AppendEyeRow(const GazeSample& s, const RowContext& context, std::string* out) {
  (void)context;
  AppendStart(s.time_us, out);
  fmt::format_to(std::back_inserter(*out), "\t{}\t\t\t\t{}", tracker_offset_us_ + s.time_us, ++gaze_index_);
  const EyeSample& l = s.eye[0];
  const EyeSample& r = s.eye[1];
  const int valid = l.valid + r.valid;
  const auto cell = [&](bool present, double value, int decimals) {
    *out += '\t';
    if (present) Fixed(value, decimals, out);
  };
  for (const EyeSample* e : {&l, &r}) {  // ADCS px, whole pixels
    cell(e->valid, e->gaze_x_mm * kPxPerMmX, 0);
    cell(e->valid, e->gaze_y_mm * kPxPerMmY, 0);
  }
  const auto mean = [&](double EyeSample::*field) {
    return ((l.valid ? l.*field : 0) + (r.valid ? r.*field : 0)) / std::max(valid, 1);
  };
  cell(valid > 0, mean(&EyeSample::gaze_x_mm) * kPxPerMmX, 0);
  cell(valid > 0, mean(&EyeSample::gaze_y_mm) * kPxPerMmY, 0);
  for (const EyeSample* e : {&l, &r}) {
    cell(e->valid, e->gaze_x_mm, 1);
    cell(e->valid, e->gaze_y_mm, 1);
  }
  for (const EyeSample* e : {&l, &r}) {
    cell(e->valid, e->pos_x_mm, 1);
    cell(e->valid, e->pos_y_mm, 1);
    cell(e->valid, e->pos_z_mm, 1);
  }
  for (const EyeSample* e : {&l, &r}) cell(e->valid, e->pos_z_mm, 1);  // distance to the screen
  for (const EyeSample* e : {&l, &r}) {
    *out += '\t';
    Fixed(e->valid ? e->pupil_mm : kLostPupil, 2, out);
  }
  for (const EyeSample* e : {&l, &r}) {
    fmt::format_to(std::back_inserter(*out), "\t{}", e->valid ? kValidityFound : kValidityLost);
  }
  *out += '\t';  // the trailing empty column
  out->append(eol_);
}

void StudioWriter::AppendEventRow(std::int64_t time_us, std::string_view event, std::string_view value,
                                  const RowContext& context, std::string* out) {
  (void)context;
  AppendStart(time_us, out);
  fmt::format_to(std::back_inserter(*out), "\t\t{}\t{}\t{}", ++event_index_, event, value);
  out->append(24, '\t');  // GazePointIndex to ValidityRight and the trailing column, empty
  out->append(eol_);
}

}  // namespace tobii::gen
