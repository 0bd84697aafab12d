#include "gen_study/pro_sdk_writer.h"

#include <fmt/format.h>

#include <iterator>

#include "gen_study/screen_frame.h"

namespace tobii::gen {

namespace {

// The order of the real dump's header (a Python dict's order).
constexpr std::string_view kHeader =
    "right_pupil_validity;right_gaze_point_on_display_area;left_gaze_origin_validity;system_time_stamp;"
    "right_gaze_origin_in_user_coordinate_system;left_gaze_point_in_user_coordinate_system;"
    "left_gaze_origin_in_user_coordinate_system;left_pupil_validity;right_pupil_diameter;"
    "left_gaze_origin_in_trackbox_coordinate_system;right_gaze_point_in_user_coordinate_system;left_pupil_diameter;"
    "right_gaze_origin_validity;left_gaze_point_validity;right_gaze_point_validity;left_gaze_point_on_display_area;"
    "right_gaze_origin_in_trackbox_coordinate_system;device_time_stamp";
constexpr std::string_view kEol = "\r\r\n";
// The tracker's front sits this far below the screen's bottom edge (mm).
constexpr double kTrackerBelowScreenMm = 15.0;
// The system clock's origin (µs, the Unix epoch's scale) for the dump's
// system_time_stamp, which the real dump writes in scientific notation.
constexpr double kSystemClockStartUs = 1.56466617e15;

struct Ucs {
  double x, y, z;
};

// Screen-frame mm (DACS: from the screen's top-left, y down, z towards the
// viewer) to the user coordinate system.
Ucs ToUcs(double x_mm, double y_mm, double z_mm) {
  return {x_mm - kScreenWidthMm / 2, kScreenHeightMm - y_mm + kTrackerBelowScreenMm, z_mm};
}

std::string Tuple2(bool valid, double x, double y) {
  return valid ? fmt::format("({}, {})", x, y) : std::string("(nan, nan)");
}

std::string Tuple3(bool valid, const Ucs& v) {
  return valid ? fmt::format("({}, {}, {})", v.x, v.y, v.z) : std::string("(nan, nan, nan)");
}

}  // namespace

void ProSdkWriter::AppendHeader(std::string* out) { out->append(kHeader); }

void ProSdkWriter::AppendEyeRow(const GazeSample& s, const RowContext& context, std::string* out) {
  (void)context;
  out->append(kEol);  // the line before ends here: the last line has no end
  const EyeSample& l = s.eye[0];
  const EyeSample& r = s.eye[1];
  const auto display = [](const EyeSample& e) {
    return Tuple2(e.valid, e.gaze_x_mm / kScreenWidthMm, e.gaze_y_mm / kScreenHeightMm);
  };
  const auto point = [](const EyeSample& e) { return Tuple3(e.valid, ToUcs(e.gaze_x_mm, e.gaze_y_mm, 0)); };
  const auto origin = [](const EyeSample& e) { return Tuple3(e.valid, ToUcs(e.pos_x_mm, e.pos_y_mm, e.pos_z_mm)); };
  // The track box: the eye's place in the tracker's field, 0 to 1 a side.
  const auto trackbox = [](const EyeSample& e) {
    return Tuple3(e.valid, Ucs{e.pos_x_mm / kScreenWidthMm, e.pos_y_mm / kScreenHeightMm, e.pos_z_mm / 1000});
  };
  const auto pupil = [](const EyeSample& e) { return e.valid ? fmt::format("{:.5f}", e.pupil_mm) : std::string("nan"); };
  const int rv = r.valid, lv = l.valid;
  fmt::format_to(std::back_inserter(*out), "{};{};{};{:.11e};{};{};{};{};{};{};{};{};{};{};{};{};{};{}", rv, display(r),
                 lv, kSystemClockStartUs + static_cast<double>(s.time_us), origin(r), point(l), origin(l), lv, pupil(r),
                 trackbox(l), point(r), pupil(l), rv, lv, rv, display(l), trackbox(r),
                 meta_.tracker_offset_us + s.time_us);
}

}  // namespace tobii::gen
