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

}  // namespace
}  // namespace tobii::io
