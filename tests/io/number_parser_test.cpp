#include "io/number_parser.h"

#include <gtest/gtest.h>

namespace tobii::io {
namespace {

TEST(NumberParser, DecimalCommaIsDetectedAndKept) {
  NumberParser parser;
  double value = 0;
  ASSERT_TRUE(parser.ParseDouble("12", &value));
  EXPECT_EQ(parser.decimal_mark(), 0);  // an integer decides nothing
  ASSERT_TRUE(parser.ParseDouble("-0,99726", &value));
  EXPECT_DOUBLE_EQ(value, -0.99726);
  EXPECT_EQ(parser.decimal_mark(), ',');
  ASSERT_TRUE(parser.ParseDouble("2,770", &value));
  EXPECT_DOUBLE_EQ(value, 2.77);
  EXPECT_FALSE(parser.ParseDouble("2.770", &value));
}

TEST(NumberParser, DecimalPointIsDetectedAndKept) {
  NumberParser parser;
  double value = 0;
  ASSERT_TRUE(parser.ParseDouble("3.5", &value));
  EXPECT_DOUBLE_EQ(value, 3.5);
  EXPECT_EQ(parser.decimal_mark(), '.');
  EXPECT_FALSE(parser.ParseDouble("1,5", &value));  // never silently 1
}

TEST(NumberParser, NonNumbersAreRejected) {
  NumberParser parser;
  double value = 0;
  for (const char* text : {"", "abc", "1x", "1 ", " 1", "Valid", "1.2.3"}) {
    EXPECT_FALSE(parser.ParseDouble(text, &value)) << text;
  }
}

TEST(NumberParser, SpacesAndApostrophesSeparateThousandsAlways) {
  NumberParser parser;
  double value = 0;
  ASSERT_TRUE(parser.ParseDouble("1 234", &value));
  EXPECT_DOUBLE_EQ(value, 1234);
  ASSERT_TRUE(parser.ParseDouble("-12\xC2\xA0" "345,5", &value));  // no-break space, decimal comma
  EXPECT_DOUBLE_EQ(value, -12345.5);
  EXPECT_EQ(parser.decimal_mark(), ',');
  ASSERT_TRUE(parser.ParseDouble("1'234'567,25", &value));
  EXPECT_DOUBLE_EQ(value, 1234567.25);
  for (const char* bad : {"1 23", "12 3456", "1 234 56", " 123", "1  234", "1 234'567"}) {
    EXPECT_FALSE(parser.ParseDouble(bad, &value)) << bad;
  }
}

TEST(NumberParser, BothMarksTellWhichIsTheDecimalMark) {
  NumberParser points;
  double value = 0;
  ASSERT_TRUE(points.ParseDouble("1,234.5", &value));
  EXPECT_DOUBLE_EQ(value, 1234.5);
  EXPECT_EQ(points.decimal_mark(), '.');
  ASSERT_TRUE(points.ParseDouble("1,920", &value));  // once grouping is seen, the other mark separates groups
  EXPECT_DOUBLE_EQ(value, 1920);

  NumberParser commas;
  ASSERT_TRUE(commas.ParseDouble("1.234.567,5", &value));
  EXPECT_DOUBLE_EQ(value, 1234567.5);
  EXPECT_EQ(commas.decimal_mark(), ',');
  ASSERT_TRUE(commas.ParseDouble("0,25", &value));
  EXPECT_DOUBLE_EQ(value, 0.25);
  EXPECT_FALSE(commas.ParseDouble("1.23,5", &value));  // a group of two digits
}

TEST(NumberParser, ARepeatedMarkSeparatesGroupsAndDecidesTheOther) {
  NumberParser parser;
  double value = 0;
  ASSERT_TRUE(parser.ParseDouble("1,234,567", &value));
  EXPECT_DOUBLE_EQ(value, 1234567);
  EXPECT_EQ(parser.decimal_mark(), '.');
}

TEST(NumberParser, AnAmbiguousNumberIsNeverGuessedAsGrouped) {
  // In a file of decimal commas, `2.770` could be 2770 or a mistyped 2.77:
  // until the file shows grouped numbers, it is an error.
  NumberParser parser;
  double value = 0;
  ASSERT_TRUE(parser.ParseDouble("3,5", &value));
  EXPECT_FALSE(parser.ParseDouble("2.770", &value));
  ASSERT_TRUE(parser.ParseDouble("1.234,5", &value));
  ASSERT_TRUE(parser.ParseDouble("2.770", &value));
  EXPECT_DOUBLE_EQ(value, 2770);
}

}  // namespace
}  // namespace tobii::io
