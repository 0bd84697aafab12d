// ProSdkWriter: a recording as a researcher's script saves the Tobii Pro
// SDK's gaze data (tobii_research GazeData, one dict a sample), as in the
// real dump in shared/data: the dict's keys as the header in the order a
// Python dict gave them, `;` between fields, tuples written "(x, y)",
// `nan` for what a lost eye did not measure, validity 1 or 0, the line
// end `\r\r\n` and none after the last line.
//
// Coordinates: the display area's (0 to 1 from its top-left corner), and
// the user coordinate system's (mm from the tracker's front, x right, y up,
// z towards the user; the tracker sits below the screen's bottom edge).
#pragma once

#include <cstdint>
#include <string>

#include "gen_study/export_writer.h"
#include "gen_study/pro_lab_writer.h"

namespace tobii::gen {

class ProSdkWriter final : public ExportWriter {
 public:
  explicit ProSdkWriter(const ExportMeta& meta) : meta_(meta) {}

  void AppendHeader(std::string* out) override;
  void AppendEyeRow(const GazeSample& sample, const RowContext& context, std::string* out) override;

 private:
  ExportMeta meta_;
};

}  // namespace tobii::gen
