// Glasses3Writer: a recording as a Tobii Pro Glasses 3 stores it: gaze data
// as JSON lines (gazedata, gzip-compressed by the caller), one sample a
// line: time in seconds, gaze2d on the scene camera's image (the screen
// stands for it), gaze3d and each eye's gaze origin and direction in the
// head unit's frame, pupil diameters. A lost eye is `{}`, a sample with no
// eye `"data":{}`, as the glasses write them. Beside it: recording.g3
// (the recording's name and the gaze file) and meta/participant.
#pragma once

#include <string>

#include "gen_study/export_writer.h"
#include "gen_study/pro_lab_writer.h"

namespace tobii::gen {

class Glasses3Writer final : public ExportWriter {
 public:
  explicit Glasses3Writer(const ExportMeta& meta) : meta_(meta) {}

  void AppendHeader(std::string* out) override { (void)out; }  // JSON lines have none
  void AppendEyeRow(const GazeSample& sample, const RowContext& context, std::string* out) override;
  std::vector<std::pair<std::string, std::string>> CompanionFiles() const override;

 private:
  ExportMeta meta_;
  std::int64_t samples_ = 0, valid_samples_ = 0;
};

}  // namespace tobii::gen
