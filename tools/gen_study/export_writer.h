// ExportWriter: the rows of one recording's file in one format. The
// recording writer (recording_writer.cpp) streams the gaze model's samples,
// the session's events and mouse moves through it in time order; each
// format writes what it holds of them, so every format carries the same
// planted truth.
//
// Rows are appended to a caller's buffer, which the caller writes out (and
// compresses, for the formats Tobii stores gzip-compressed) in large
// blocks. Thread-safety: one writer per recording.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gen_study/gaze_model.h"
#include "gen_study/session_plan.h"

namespace tobii::gen {

// The state every row carries: what is on screen, which eye movement is
// under way (Pro Lab repeats both on mouse and event rows too).
struct RowContext {
  const Stimulus* stimulus = nullptr;
  bool has_movement = false;
  Movement movement = Movement::kUnclassified;
  std::int64_t movement_duration_ms = 0;
  std::int64_t movement_index = 0;
  bool has_fixation_point = false;
  double fixation_x_px = 0, fixation_y_px = 0;
  // Eye rows while a stimulus is shown: bit k set when the row's gaze
  // point (as written, whole px) lies on AOI k of the stimulus's image
  // (stimulus_aois.h).
  std::uint32_t aoi_hits = 0;
};

class ExportWriter {
 public:
  virtual ~ExportWriter() = default;

  virtual void AppendHeader(std::string* out) = 0;
  virtual void AppendEyeRow(const GazeSample& sample, const RowContext& context, std::string* out) = 0;
  // Rows that are not gaze samples; a format without them passes over them.
  virtual void AppendMouseRow(std::int64_t time_us, int x_px, int y_px, const RowContext& context, std::string* out) {
    (void)time_us, (void)x_px, (void)y_px, (void)context, (void)out;
  }
  virtual void AppendEventRow(std::int64_t time_us, std::string_view event, std::string_view value,
                              const RowContext& context, std::string* out) {
    (void)time_us, (void)event, (void)value, (void)context, (void)out;
  }
  // After the last row, for a format that holds rows back.
  virtual void Finish(std::string* out) { (void)out; }
  // The files the format keeps beside the data (a Glasses recording's
  // metadata): name relative to the data file's folder, and content.
  virtual std::vector<std::pair<std::string, std::string>> CompanionFiles() const { return {}; }
};

}  // namespace tobii::gen
