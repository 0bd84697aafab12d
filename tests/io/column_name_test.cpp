#include "io/column_name.h"

#include <gtest/gtest.h>

namespace tobii::io {
namespace {

TEST(ColumnName, UnitsInBracketsOrParenthesesAreTheSameColumn) {
  const ColumnName plain = ParseColumnName("Gaze point X");
  const ColumnName brackets = ParseColumnName("Gaze point X [DACS px]");
  const ColumnName parentheses = ParseColumnName("Gaze point X (DACSpx)");
  EXPECT_EQ(plain.base_key, "gazepointx");
  EXPECT_EQ(brackets.base_key, "gazepointx");
  EXPECT_EQ(parentheses.base_key, "gazepointx");
  EXPECT_EQ(plain.unit_key, "");
  EXPECT_EQ(brackets.unit_key, "dacspx");
  EXPECT_EQ(parentheses.unit_key, "dacspx");
}

TEST(ColumnName, SpellingOfEyeTrackerDoesNotMatter) {
  EXPECT_EQ(ParseColumnName("Eye tracker timestamp [\xCE\xBCs]").base_key,
            ParseColumnName("Eyetracker timestamp [\xCE\xBCs]").base_key);
}

TEST(ColumnName, TimeUnitsGiveTheirScale) {
  EXPECT_EQ(MicrosecondsPerTimeUnit(ParseColumnName("Recording timestamp [ms]").unit_key, 0), 1000.0);
  EXPECT_EQ(MicrosecondsPerTimeUnit(ParseColumnName("Recording timestamp [\xCE\xBCs]").unit_key, 0), 1.0);
  EXPECT_EQ(MicrosecondsPerTimeUnit(ParseColumnName("Recording timestamp [\xC2\xB5s]").unit_key, 0), 1.0);
  EXPECT_EQ(MicrosecondsPerTimeUnit("", 1000.0), 1000.0);
  EXPECT_EQ(MicrosecondsPerTimeUnit("px", 1000.0), 0.0);
}

}  // namespace
}  // namespace tobii::io
