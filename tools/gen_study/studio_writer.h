// StudioWriter: a Tobii Studio 3.x "Data Export" of a recording: the
// columns of the real Studio 3.4.5 export in shared/data (a subset: the
// media, segment and scene columns stay out), tab-separated with a
// trailing tab, validity codes 0 (valid) and 4 (eye not found), `-1.00`
// for a lost eye's pupil, event rows (`StudioEvent`) between the samples.
#pragma once

#include <string>
#include <string_view>

#include "gen_study/export_writer.h"
#include "gen_study/pro_lab_writer.h"

namespace tobii::gen {

class StudioWriter final : public ExportWriter {
 public:
  StudioWriter(const ExportMeta& meta, ExportStyle style);

  void AppendHeader(std::string* out) override;
  void AppendEyeRow(const GazeSample& sample, const RowContext& context, std::string* out) override;
  void AppendEventRow(std::int64_t time_us, std::string_view event, std::string_view value,
                      const RowContext& context, std::string* out) override;

 private:
  void AppendStart(std::int64_t time_us, std::string* out) const;
  void Fixed(double value, int decimals, std::string* out) const;

  std::string prefix_;  // the recording's metadata columns
  char mark_;
  std::string_view eol_;
  bool bom_;
  std::int64_t tracker_offset_us_;
  std::int64_t event_index_ = 0;
  std::int64_t gaze_index_ = 0;
};

}  // namespace tobii::gen
