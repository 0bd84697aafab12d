// Glasses2Writer: a recording as a Tobii Pro Glasses 2 stores it on its SD
// card: livedata.json (gzip-compressed by the caller), one packet a line,
// each sample split over packets sharing a gaze index (`gidx`): per eye
// pupil centre, pupil diameter and gaze direction (head unit frame), then
// the gaze point on the scene image and the 3-D gaze point. A lost eye's
// packets carry a non-zero status and zeros, as the glasses write them.
// Accelerometer packets come every 10 ms and, as in real files, not in time
// order with the gaze packets. Beside it: recording.json (its name, sample
// count), participant.json and sysinfo.json.
#pragma once

#include <cstdint>
#include <string>

#include "gen_study/export_writer.h"
#include "gen_study/pro_lab_writer.h"

namespace tobii::gen {

class Glasses2Writer final : public ExportWriter {
 public:
  explicit Glasses2Writer(const ExportMeta& meta) : meta_(meta) {}

  void AppendHeader(std::string* out) override;
  void AppendEyeRow(const GazeSample& sample, const RowContext& context, std::string* out) override;
  void Finish(std::string* out) override;
  std::vector<std::pair<std::string, std::string>> CompanionFiles() const override;

 private:
  std::int64_t Ts(std::int64_t time_us) const { return meta_.tracker_offset_us + time_us; }

  ExportMeta meta_;
  std::int64_t gidx_ = 0;
  std::int64_t samples_ = 0, valid_samples_ = 0;
  std::int64_t next_imu_us_ = 0;
  std::string late_imu_;  // accelerometer packets written after the next sample's
};

}  // namespace tobii::gen
