#include "preprocess/eye_selection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace tobii::preprocess {
namespace {

Sample TwoEyes(bool left_valid, bool right_valid) {
  Sample s;
  s.gaze_x_px = 150;
  s.gaze_y_px = 250;
  s.left = {.gaze_x_px = 100, .gaze_y_px = 200, .gaze_x_mm = 27, .gaze_y_mm = 54,
            .eye_x_mm = 230, .eye_y_mm = 80, .eye_z_mm = 600, .pupil_mm = 3, .valid = left_valid};
  s.right = {.gaze_x_px = 200, .gaze_y_px = 300, .gaze_x_mm = 55, .gaze_y_mm = 82,
             .eye_x_mm = 290, .eye_y_mm = 80, .eye_z_mm = 620, .pupil_mm = 4, .valid = right_valid};
  return s;
}

TEST(EyeSelection, AverageUsesBothEyesOrTheValidOne) {
  const ScreenGeometry screen;
  GazeSample g = SelectEyes(TwoEyes(true, true), EyeSelection::kAverage, screen);
  EXPECT_TRUE(g.valid);
  EXPECT_FLOAT_EQ(g.x_px, 150);
  EXPECT_FLOAT_EQ(g.gaze_x_mm, 41);
  EXPECT_FLOAT_EQ(g.eye_z_mm, 610);
  EXPECT_FLOAT_EQ(g.pupil_mm, 3.5);
  g = SelectEyes(TwoEyes(false, true), EyeSelection::kAverage, screen);
  EXPECT_TRUE(g.valid);
  EXPECT_FLOAT_EQ(g.x_px, 200);
  EXPECT_FLOAT_EQ(g.pupil_mm, 4);
  EXPECT_FALSE(g.both_eyes_lost);
}

TEST(EyeSelection, StrictAverageNeedsBothEyes) {
  EXPECT_TRUE(SelectEyes(TwoEyes(true, true), EyeSelection::kStrictAverage, {}).valid);
  EXPECT_FALSE(SelectEyes(TwoEyes(true, false), EyeSelection::kStrictAverage, {}).valid);
}

TEST(EyeSelection, OneEyeIgnoresTheOther) {
  const GazeSample left = SelectEyes(TwoEyes(true, true), EyeSelection::kLeft, {});
  EXPECT_FLOAT_EQ(left.x_px, 100);
  EXPECT_FLOAT_EQ(left.pupil_mm, 3);
  EXPECT_FALSE(SelectEyes(TwoEyes(true, false), EyeSelection::kRight, {}).valid);
}

TEST(EyeSelection, BothEyesLostIsFlagged) {
  const GazeSample g = SelectEyes(TwoEyes(false, false), EyeSelection::kAverage, {});
  EXPECT_FALSE(g.valid);
  EXPECT_TRUE(g.both_eyes_lost);
  EXPECT_TRUE(std::isnan(g.pupil_mm));
}

TEST(EyeSelection, MissingColumnsComeFromTheCombinedPointAndTheScreen) {
  Sample s;  // an export with only the combined gaze point and validity
  s.gaze_x_px = 960;
  s.gaze_y_px = 540;
  s.left.valid = true;
  ScreenGeometry screen;
  const GazeSample g = SelectEyes(s, EyeSelection::kAverage, screen);
  ASSERT_TRUE(g.valid);
  EXPECT_FLOAT_EQ(g.x_px, 960);
  EXPECT_FLOAT_EQ(g.gaze_x_mm, static_cast<float>(screen.width_mm / 2));
  EXPECT_FLOAT_EQ(g.eye_z_mm, static_cast<float>(screen.distance_mm));
  EXPECT_TRUE(g.on_screen);
}

TEST(EyeSelection, OffScreenGazeIsValidButNotOnScreen) {
  Sample s = TwoEyes(true, true);
  s.left.gaze_x_px = s.right.gaze_x_px = -40;
  const GazeSample g = SelectEyes(s, EyeSelection::kAverage, {});
  EXPECT_TRUE(g.valid);
  EXPECT_FALSE(g.on_screen);
}

TEST(EyeSelection, GazeDirectionIsTheMeanOfTheEyesUnitVectors) {
  const GazeSample g = SelectEyes(TwoEyes(true, true), EyeSelection::kAverage, {});
  // Left: from (230, 80, 600) to (27, 54, 0); right: from (290, 80, 620) to (55, 82, 0).
  const double l = std::hypot(-203.0, -26.0, -600.0), r = std::hypot(-235.0, 2.0, -620.0);
  EXPECT_NEAR(g.dir_x, 0.5 * (-203 / l - 235 / r), 1e-6);
  EXPECT_NEAR(g.dir_y, 0.5 * (-26 / l + 2 / r), 1e-6);
  EXPECT_NEAR(g.dir_z, 0.5 * (-600 / l - 620 / r), 1e-6);
}

// A head-mounted tracker gives directions and no point on a screen.
TEST(EyeSelection, MeasuredDirectionNeedsNoScreenPoint) {
  Sample s;
  s.left = {.gaze_dir_x = 0.6f, .gaze_dir_y = 0, .gaze_dir_z = -0.8f, .valid = true};
  s.right = {.gaze_dir_x = 0, .gaze_dir_y = 0, .gaze_dir_z = -2, .valid = true};  // normalised on the way
  const GazeSample g = SelectEyes(s, EyeSelection::kAverage, {});
  EXPECT_TRUE(g.valid);
  EXPECT_FALSE(g.on_screen);
  EXPECT_FALSE(IsPresent(g.gaze_x_mm));
  EXPECT_NEAR(g.dir_x, 0.3, 1e-6);
  EXPECT_NEAR(g.dir_z, -0.9, 1e-6);
  // Angles come from the direction alone.
  GazeSample ahead{.dir_x = 0, .dir_y = 0, .dir_z = -1};
  const GazeSample left_eye = SelectEyes(s, EyeSelection::kLeft, {});
  const double expected_deg = std::atan2(0.6, 0.8) * 180 / std::numbers::pi;  // 36.87
  EXPECT_NEAR(AngleDeg(ahead, left_eye, left_eye), expected_deg, 1e-4);
  EXPECT_NEAR(GazeDirectionDeg(left_eye, {}).x, expected_deg, 1e-4);
  EXPECT_NEAR(GazeDirectionDeg(left_eye, {}).y, 0.0, 1e-9);
}

TEST(GazeSampleAngle, PointsAlongAnAxisGiveTheirAngle) {
  GazeSample eye{.eye_x_mm = 0, .eye_y_mm = 0, .eye_z_mm = 600};
  GazeSample a{.gaze_x_mm = 0, .gaze_y_mm = 0};
  GazeSample b{.gaze_x_mm = static_cast<float>(600 * std::tan(10 * std::numbers::pi / 180)), .gaze_y_mm = 0};
  EXPECT_NEAR(AngleDeg(a, b, eye), 10.0, 1e-4);
  EXPECT_NEAR(AngleDeg(a, a, eye), 0.0, 1e-9);
}

}  // namespace
}  // namespace tobii::preprocess
