// Our I-VT against Tobii Pro Lab's own classification of real exports
// (Pro Lab 24.21, MIT; ../shared/data/real/MANIFEST.md). The issue asks for
// at least 99 % of samples classified alike and the fixation count within
// 2 %; doc/algorithms/ivt.md explains the remaining differences.

#include "tobii/validate/pro_lab_agreement.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "support/temp_dir.h"

namespace tobii::validate {
namespace {

std::filesystem::path RealFile(const char* name) {
  return testing::SharedDir() / "data/real/cemGr-ivt-reconstruction" / name;
}

Agreement Compare(const char* name, const Settings& settings) {
  Agreement a;
  const Status s = CompareWithProLab(RealFile(name).string(), settings, &a);
  EXPECT_TRUE(s.ok()) << s.message();
  std::printf("%s: %lld samples, agreement %.2f %%, fixations Tobii %lld, ours %lld\n", name,
              static_cast<long long>(a.samples), 100.0 * a.agreement(), static_cast<long long>(a.tobii_fixations),
              static_cast<long long>(a.our_fixations));
  return a;
}

void ExpectAgreement(const Agreement& a) {
  EXPECT_GE(a.agreement(), 0.99);
  EXPECT_NEAR(static_cast<double>(a.our_fixations), static_cast<double>(a.tobii_fixations),
              0.02 * static_cast<double>(a.tobii_fixations));
}

TEST(ProLabAgreement, DefaultIvtAgreesWithProLabsDefaultFilter) {
  const char* name = "I-VT-normal Data export_short.tsv";  // "Tobii I-VT (Fixation)", 300 Hz
  if (!std::filesystem::exists(RealFile(name))) GTEST_SKIP() << "real data not found at " << RealFile(name);
  const Agreement a = Compare(name, Settings{});
  EXPECT_GT(a.samples, 4800);
  ExpectAgreement(a);
}

// "Custom I-VT filter 1": the file name says strict average and moving
// average; short gaps are classified in the export, so gap fill-in was on.
TEST(ProLabAgreement, StrictAverageWithMovingAverageAgreesWithThatCustomFilter) {
  const char* name = "I-VT-StrictAverage_frequency120_movingAverageData export_short.tsv";
  if (!std::filesystem::exists(RealFile(name))) GTEST_SKIP() << "real data not found at " << RealFile(name);
  Settings settings;
  settings.preprocess.eye = EyeSelection::kStrictAverage;
  settings.preprocess.noise = NoiseReduction::kMovingAverage;
  settings.preprocess.gap_fill_max_ms = 75;
  ExpectAgreement(Compare(name, settings));
}

// "Custom I-VT filter 1" on the right eye alone.
TEST(ProLabAgreement, RightEyeAgreesWithThatCustomFilter) {
  const char* name = "I-VT-rightEye Data export_short.tsv";
  if (!std::filesystem::exists(RealFile(name))) GTEST_SKIP() << "real data not found at " << RealFile(name);
  Settings settings;
  settings.preprocess.eye = EyeSelection::kRight;
  settings.preprocess.gap_fill_max_ms = 75;
  ExpectAgreement(Compare(name, settings));
}

}  // namespace
}  // namespace tobii::validate
