#include "io/column_name.h"

#include <gtest/gtest.h>

#include <optional>

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

TEST(ColumnName, AoiHitColumnsSplitAtTheLastDashInsideTheBrackets) {
  struct Case {
    const char* cell;
    const char* stimulus;
    const char* aoi;
  };
  const Case cases[] = {
      {"AOI hit [Kitchen.jpg - Door]", "Kitchen.jpg", "Door"},
      // A snapshot whose name holds " - " itself: the AOI is after the last one.
      {"AOI hit [Shelf - left side - Price tag]", "Shelf - left side", "Price tag"},
      {"AOI hit [Door]", "", "Door"},
      // Brackets inside a name, and a hyphen without spaces, are part of it.
      {"AOI hit [Scene [2] - Face-left]", "Scene [2]", "Face-left"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.cell);
    const std::optional<AoiColumn> column = ParseAoiHitColumn(c.cell);
    ASSERT_TRUE(column.has_value());
    EXPECT_EQ(column->stimulus, c.stimulus);
    EXPECT_EQ(column->aoi, c.aoi);
  }
}

TEST(ColumnName, OtherColumnsAreNoAoiHits) {
  EXPECT_FALSE(ParseAoiHitColumn("Gaze point X [DACS px]").has_value());
  EXPECT_FALSE(ParseAoiHitColumn("Mapped fixation X [Kitchen.jpg]").has_value());
  EXPECT_FALSE(ParseAoiHitColumn("AOI hit").has_value());
  EXPECT_FALSE(ParseAoiHitColumn("").has_value());
}

}  // namespace
}  // namespace tobii::io
