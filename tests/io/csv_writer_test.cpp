// Tidy CSV: quoting, numbers, and text a spreadsheet would run.

#include "io/csv_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace tobii::io {
namespace {

std::string Row(std::initializer_list<std::string_view> fields) {
  std::string out;
  AppendCsvRow(&out, fields);
  return out;
}

TEST(CsvWriter, FieldsAreQuotedOnlyWhereTheyNeedIt) {
  EXPECT_EQ(Row({"P001", "a,b", "say \"hi\"", "two\nlines", ""}),
            "P001,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
}

TEST(CsvWriter, NumbersKeepTheirDecimalsWithoutTrailingZeros) {
  EXPECT_EQ(FormatNumber(1.5, 3), "1.5");
  EXPECT_EQ(FormatNumber(2.0, 3), "2");
  EXPECT_EQ(FormatNumber(-0.0001, 3), "0");  // no "-0"
  EXPECT_EQ(FormatNumber(NAN, 3), "");        // missing, not zero
}

// A recording named as a formula (OWASP's CSV injection) is shown, never run.
TEST(CsvWriter, TextThatASpreadsheetWouldRunIsNeutralised) {
  EXPECT_EQ(Row({"=cmd|' /C calc'!A0", "+1+1", "@SUM(A1)", "-x", "\tP1", "\r=1"}),
            "'=cmd|' /C calc'!A0,'+1+1,'@SUM(A1),'-x,'\tP1,\"'\r=1\"\n");
  // Numbers stay numbers, whatever their sign or form.
  EXPECT_EQ(Row({"-0.5", "-12", "-1e-05", "9.55486e-05"}), "-0.5,-12,-1e-05,9.55486e-05\n");
  // Quoting still applies after the mark.
  EXPECT_EQ(Row({"=A1,B1"}), "\"'=A1,B1\"\n");
  EXPECT_EQ(NeutraliseFormula("P001"), "P001");
}

}  // namespace
}  // namespace tobii::io
