#include "report/readable_names.h"

#include <gtest/gtest.h>

namespace tobii::report {
namespace {

TEST(ReadableNames, TheUnitSuffixBecomesTheUnit) {
  EXPECT_EQ(UnitOfSuffix("saccade_peak_velocity_mean_deg_per_s"), "deg/s");
  EXPECT_EQ(UnitOfSuffix("fixation_rate_per_min"), "1/min");
  EXPECT_EQ(UnitOfSuffix("window_ms"), "ms");
  EXPECT_EQ(UnitOfSuffix("lambda"), "");
  EXPECT_EQ(UnitOfSuffix("_s"), "");  // a suffix alone is no name
  EXPECT_EQ(ReadableName("velocity_threshold_deg_per_s"), "velocity threshold");
  EXPECT_EQ(ReadableName("noise_window_samples"), "noise window samples");
  EXPECT_EQ(ReadableName("lambda"), "lambda");
  EXPECT_EQ(UnitOfSuffix("transition_entropy_bits"), "bits");
  EXPECT_EQ(ReadableName("transition_entropy_bits"), "transition entropy");
}

TEST(ReadableNames, UnitsFromTheResultFieldsAndTheDictionary) {
  const MetricUnits without(CsvFile{});
  EXPECT_EQ(without.Unit("pupil_mean_mm"), "mm");
  EXPECT_EQ(without.Unit("fixation_rate_per_min"), "1/min");
  EXPECT_EQ(without.Unit("unknown_thing"), "");
  // columns.csv wins.
  const MetricUnits with(CsvFile({"table", "column", "unit", "definition", "source"},
                                 {{"summary.csv", "unknown_thing", "a.u.", "something", "us"}}));
  EXPECT_EQ(with.Unit("unknown_thing"), "a.u.");
  EXPECT_EQ(with.Unit("pupil_mean_mm"), "mm");
}

TEST(ReadableNames, MetricLabelsCarryTheirUnit) {
  EXPECT_EQ(MetricLabel("fixation_duration_mean_ms", "ms"), "fixation duration mean (ms)");
  EXPECT_EQ(MetricLabel("validity_pct", "%"), "validity (%)");
  EXPECT_EQ(MetricLabel("precision_rms_s2s_deg", "deg"), "precision rms s2s (deg)");
  EXPECT_EQ(MetricLabel("blinks", ""), "blinks");
  // A suffix that is not the unit given stays in the name.
  EXPECT_EQ(MetricLabel("odd_s", "a.u."), "odd s (a.u.)");
}

}  // namespace
}  // namespace tobii::report
