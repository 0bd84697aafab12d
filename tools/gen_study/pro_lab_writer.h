// ProLabWriter: formats the rows of a Tobii Pro Lab 24.21 data export (the
// 101 columns of the real export in shared/data, tab-separated, one row per
// gaze sample, mouse sample or event, empty field = missing).
//
// The per-recording metadata (columns 4-36) is formatted once and copied into
// every row. Rows are appended to a caller's buffer, so a caller can batch
// megabytes per write.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gen_study/export_writer.h"
#include "gen_study/gaze_model.h"
#include "gen_study/session_plan.h"

namespace tobii::gen {

inline constexpr int kProLabColumnCount = 101;
extern const std::array<std::string_view, kProLabColumnCount> kProLabColumns;

// How the export is spelled: Pro Lab follows the Windows locale.
struct ExportStyle {
  bool decimal_comma = false;  // also DD.MM.YYYY dates (else YYYY-MM-DD)
  bool bom = false;            // UTF-8 byte order mark before the header
  bool crlf = false;           // CR LF line ends
};

// Calibration or validation quality in degrees; mm and px follow from the
// viewing geometry.
struct TrackerQuality {
  double accuracy_deg = 0, precision_sd_deg = 0, precision_rms_deg = 0;
};

struct ExportMeta {
  std::string project, participant, recording, timeline;
  std::chrono::sys_days export_day;
  std::chrono::sys_days recording_day;
  std::int64_t start_ms_of_day = 0;  // local wall clock
  int utc_offset_min = 0;            // local = UTC + offset
  std::int64_t duration_ms = 0;
  std::int64_t computer_offset_ms = 0;  // `Computer timestamp` at recording start
  std::int64_t tracker_offset_us = 0;   // `Eyetracker timestamp` at recording start
  TrackerQuality calibration, validation;
};

// An `AOI hit [<stimulus> - <AOI>]` column, appended after the 101 (Pro
// Lab appends one per AOI of the exported media): AOI `aoi` (stimulus_aois.h)
// of image `image`. On an eye row while that image is shown it holds 1
// when the row's gaze point (`Gaze point X/Y [DACS px]`, as written) lies
// on the AOI, boundary included, else 0 (also with no gaze point); on
// other rows and while the image is not shown it is empty. The gaze
// point, not the fixation point, during fixations too, as Pro Lab marks it.
struct AoiHitColumn {
  int image = 0;
  int aoi = 0;
};

class ProLabWriter final : public ExportWriter {
 public:
  ProLabWriter(const ExportMeta& meta, ExportStyle style, std::vector<AoiHitColumn> hit_columns = {});

  void AppendHeader(std::string* out) override;
  void AppendEyeRow(const GazeSample& sample, const RowContext& context, std::string* out) override;
  void AppendMouseRow(std::int64_t time_us, int x_px, int y_px, const RowContext& context, std::string* out) override;
  void AppendEventRow(std::int64_t time_us, std::string_view event, std::string_view value,
                      const RowContext& context, std::string* out) override;

 private:
  void AppendStart(std::int64_t time_us, std::string_view sensor, std::string* out) const;
  void AppendTail(const RowContext& context, std::string* out) const;
  void Fixed(double value, int decimals, std::string* out) const;

  std::vector<AoiHitColumn> hit_columns_;
  std::string prefix_;  // "\t" + columns 4-36
  char mark_;
  std::string_view eol_;
  bool bom_;
  std::int64_t computer_offset_ms_, tracker_offset_us_;
};

}  // namespace tobii::gen
