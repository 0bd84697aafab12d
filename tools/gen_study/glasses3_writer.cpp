#include "gen_study/glasses3_writer.h"

#include <fmt/format.h>

#include <iterator>

#include "gen_study/screen_frame.h"

namespace tobii::gen {

namespace {

void AppendVec(const Vec3& v, int decimals, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "[{:.{}f},{:.{}f},{:.{}f}]", v[0], decimals, v[1], decimals, v[2],
                 decimals);
}

// One eye: where it looks from and along, in the head unit's frame,
// relative to the midpoint between the eyes.
void AppendEye(const EyeSample& e, const Vec3& midpoint, std::string* out) {
  if (!e.valid) {
    out->append("{}");
    return;
  }
  out->append("{\"gazeorigin\":");
  AppendVec(ToHeadUnit({e.pos_x_mm - midpoint[0], e.pos_y_mm - midpoint[1], e.pos_z_mm - midpoint[2]}), 4, out);
  out->append(",\"gazedirection\":");
  AppendVec(ToHeadUnit(GazeDirection(e)), 6, out);
  fmt::format_to(std::back_inserter(*out), ",\"pupildiameter\":{:.3f}}}", e.pupil_mm);
}

}  // namespace

void Glasses3Writer::AppendEyeRow(const GazeSample& s, const RowContext& context, std::string* out) {
  (void)context;
  ++samples_;
  fmt::format_to(std::back_inserter(*out), "{{\"type\":\"gaze\",\"timestamp\":{:.6f},\"data\":{{", s.time_us / 1e6);
  const EyeSample& l = s.eye[0];
  const EyeSample& r = s.eye[1];
  if (!l.valid && !r.valid) {
    out->append("}}\n");
    return;
  }
  ++valid_samples_;
  // The gaze point: both eyes' mean where both were found.
  const int n = l.valid + r.valid;
  const double x_mm = ((l.valid ? l.gaze_x_mm : 0) + (r.valid ? r.gaze_x_mm : 0)) / n;
  const double y_mm = ((l.valid ? l.gaze_y_mm : 0) + (r.valid ? r.gaze_y_mm : 0)) / n;
  const Vec3 mid = EyeMidpoint(s);
  fmt::format_to(std::back_inserter(*out), "\"gaze2d\":[{:.6f},{:.6f}],\"gaze3d\":", x_mm * kPxPerMmX / kScreenWidthPx,
                 y_mm * kPxPerMmY / kScreenHeightPx);
  AppendVec(ToHeadUnit({x_mm - mid[0], y_mm - mid[1], -mid[2]}), 3, out);
  out->append(",\"eyeleft\":");
  AppendEye(l, mid, out);
  out->append(",\"eyeright\":");
  AppendEye(r, mid, out);
  out->append("}}\n");
}

std::vector<std::pair<std::string, std::string>> Glasses3Writer::CompanionFiles() const {
  const std::string recording =
      fmt::format("{{\"uuid\":\"{}\",\"name\":\"{}\",\"duration\":{:.3f},\"meta-folder\":\"meta\","
                  "\"scenecamera\":{{\"file\":\"scenevideo.mp4\",\"camera-calibration\":{{\"resolution\":[{},{}]}}}},"
                  "\"gaze\":{{\"file\":\"gazedata.gz\",\"samples\":{},\"valid-samples\":{}}}}}\n",
                  meta_.recording, meta_.recording, meta_.duration_ms / 1000.0, kScreenWidthPx, kScreenHeightPx,
                  samples_, valid_samples_);
  return {{"recording.g3", recording}, {"meta/participant", fmt::format("{{\"name\":\"{}\"}}\n", meta_.participant)}};
}

}  // namespace tobii::gen
