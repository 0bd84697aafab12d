#include "gen_study/glasses2_writer.h"

#include <fmt/format.h>

#include <iterator>

#include "gen_study/screen_frame.h"

namespace tobii::gen {

namespace {

// The glasses' status codes: 0 a measured value; a lost eye's packets say
// 16 and the gaze point's 1 when no eye gave it (seen in the real
// livedata.json of shared/data).
constexpr int kStatusOk = 0;
constexpr int kStatusEyeLost = 16;
constexpr int kStatusNoGaze = 1;
// The accelerometer reports at 100 Hz.
constexpr std::int64_t kImuIntervalUs = 10'000;
// Gravity, as the resting accelerometer reads it (m/s²), y axis down.
constexpr double kGravity = 9.81;
// The firmware version written in sysinfo.json.
constexpr std::string_view kFirmware = "1.25.3";
// Where the pupil sits behind the eye's centre of rotation (mm), enough to
// give plausible pupil centres.
constexpr double kPupilFromCentreMm = 10.0;

}  // namespace

void Glasses2Writer::AppendHeader(std::string* out) {
  // Real files open with a video time packet whose time is later than the
  // gaze packets that follow.
  fmt::format_to(std::back_inserter(*out), "{{\"ts\":{},\"s\":0,\"pts\":0,\"pv\":4}}\n", Ts(40'000));
}

void Glasses2Writer::AppendEyeRow(const GazeSample& s, const RowContext& context, std::string* out) {
  (void)context;
  ++samples_;
  const std::int64_t ts = Ts(s.time_us);
  const std::int64_t gidx = ++gidx_;
  const Vec3 mid = EyeMidpoint(s);
  const char* names[2] = {"left", "right"};
  for (int i = 0; i < 2; ++i) {
    const EyeSample& e = s.eye[i];
    const int status = e.valid ? kStatusOk : kStatusEyeLost;
    Vec3 centre{0, 0, 0}, direction{0, 0, 0};
    double pupil = 0;
    if (e.valid) {
      direction = ToHeadUnit(GazeDirection(e));
      const Vec3 d = GazeDirection(e);
      centre = ToHeadUnit({e.pos_x_mm - mid[0] + kPupilFromCentreMm * d[0], e.pos_y_mm - mid[1] + kPupilFromCentreMm * d[1],
                           e.pos_z_mm - mid[2] + kPupilFromCentreMm * d[2]});
      pupil = e.pupil_mm;
    }
    fmt::format_to(std::back_inserter(*out),
                   "{{\"ts\":{},\"s\":{},\"gidx\":{},\"pc\":[{:.2f},{:.2f},{:.2f}],\"eye\":\"{}\"}}\n"
                   "{{\"ts\":{},\"s\":{},\"gidx\":{},\"pd\":{:.2f},\"eye\":\"{}\"}}\n"
                   "{{\"ts\":{},\"s\":{},\"gidx\":{},\"gd\":[{:.4f},{:.4f},{:.4f}],\"eye\":\"{}\"}}\n",
                   ts, status, gidx, centre[0], centre[1], centre[2], names[i], ts, status, gidx, pupil, names[i], ts,
                   status, gidx, direction[0], direction[1], direction[2], names[i]);
  }
  const EyeSample& l = s.eye[0];
  const EyeSample& r = s.eye[1];
  const int n = l.valid + r.valid;
  if (n == 0) {
    fmt::format_to(std::back_inserter(*out),
                   "{{\"ts\":{},\"s\":{},\"gidx\":{},\"l\":0,\"gp\":[0.0000,0.0000]}}\n"
                   "{{\"ts\":{},\"s\":{},\"gidx\":{},\"gp3\":[0.00,0.00,0.00]}}\n",
                   ts, kStatusNoGaze, gidx, ts, kStatusNoGaze, gidx);
  } else {
    ++valid_samples_;
    const double x_mm = ((l.valid ? l.gaze_x_mm : 0) + (r.valid ? r.gaze_x_mm : 0)) / n;
    const double y_mm = ((l.valid ? l.gaze_y_mm : 0) + (r.valid ? r.gaze_y_mm : 0)) / n;
    const Vec3 point = ToHeadUnit({x_mm - mid[0], y_mm - mid[1], -mid[2]});
    fmt::format_to(std::back_inserter(*out),
                   "{{\"ts\":{},\"s\":0,\"gidx\":{},\"l\":20000,\"gp\":[{:.4f},{:.4f}]}}\n"
                   "{{\"ts\":{},\"s\":0,\"gidx\":{},\"gp3\":[{:.2f},{:.2f},{:.2f}]}}\n",
                   ts, gidx, x_mm * kPxPerMmX / kScreenWidthPx, y_mm * kPxPerMmY / kScreenHeightPx, ts, gidx,
                   point[0], point[1], point[2]);
  }
  // The accelerometer packets due by now come after this sample's packets,
  // and those held back from before go out first: not in time order.
  out->append(late_imu_);
  late_imu_.clear();
  for (; next_imu_us_ <= s.time_us; next_imu_us_ += kImuIntervalUs) {
    fmt::format_to(std::back_inserter(late_imu_), "{{\"ts\":{},\"s\":0,\"ac\":[0.000,{:.3f},0.000]}}\n",
                   Ts(next_imu_us_), -kGravity);
  }
}

void Glasses2Writer::Finish(std::string* out) {
  out->append(late_imu_);
  late_imu_.clear();
}

std::vector<std::pair<std::string, std::string>> Glasses2Writer::CompanionFiles() const {
  const std::string id = meta_.recording;
  return {
      {"recording.json",
       fmt::format("{{\n    \"rec_id\": \"{}\",\n    \"rec_info\": {{\n        \"Name\": \"{}\",\n        \"Notes\": \"\"\n"
                   "    }},\n    \"rec_participant\": \"{}\",\n    \"rec_length\": {},\n    \"rec_et_samples\": {},\n"
                   "    \"rec_et_valid_samples\": {}\n}}\n",
                   id, meta_.recording, meta_.participant, meta_.duration_ms / 1000, samples_, valid_samples_)},
      {"participant.json", fmt::format("{{\n    \"pa_id\": \"{}\",\n    \"pa_info\": {{\n        \"Name\": \"{}\"\n    }}\n}}\n",
                                       meta_.participant, meta_.participant)},
      {"sysinfo.json", fmt::format("{{\"servicemanager_version\": \"{}\"}}\n", kFirmware)},
  };
}

}  // namespace tobii::gen
