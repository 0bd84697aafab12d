#include "io/delimited_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tobii::io {
namespace {

// Rows as `[a|b|c]` with each row's line: `2:[a|b]`.
std::string Describe(const std::vector<TextRow>& rows) {
  std::string out;
  for (const TextRow& row : rows) {
    out += std::to_string(row.line) + ":[";
    for (std::size_t i = 0; i < row.fields.size(); ++i) out += (i > 0 ? "|" : "") + row.fields[i];
    out += "] ";
  }
  return out;
}

std::vector<TextRow> Split(std::string_view text, char delimiter) {
  std::vector<TextRow> rows;
  const Status s = SplitDelimitedText("t.csv", text, delimiter, &rows);
  EXPECT_TRUE(s.ok()) << s.message();
  return rows;
}

TEST(DelimitedText, QuotedFieldsHoldDelimitersAndDoubledQuotes) {
  EXPECT_EQ(Describe(Split("id,modifiers,comment\r\n1,\"Locomotion,Cleaning\",\"said \"\"hi\"\"\"\r\n", ',')),
            "1:[id|modifiers|comment] 2:[1|Locomotion,Cleaning|said \"hi\"] ");
}

TEST(DelimitedText, QuotesInsideAnUnquotedFieldAreKeptAsText) {
  EXPECT_EQ(Describe(Split("a 5\" screen,b\n", ',')), "1:[a 5\" screen|b] ");
}

TEST(DelimitedText, CrlfLfAndCrAllEndLinesAndAMissingFinalLineEndLosesNothing) {
  EXPECT_EQ(Describe(Split("a\tb\r\nc\td\ne\tf\rg\th", '\t')), "1:[a|b] 2:[c|d] 3:[e|f] 4:[g|h] ");
  EXPECT_EQ(Describe(Split("a\tb\r\n", '\t')), "1:[a|b] ");
}

TEST(DelimitedText, ByteOrderMarkIsDroppedAndColumnsCountAfterIt) {
  const std::vector<TextRow> rows = Split("\xEF\xBB\xBFTime,Status\n", ',');
  EXPECT_EQ(Describe(rows), "1:[Time|Status] ");
  ASSERT_EQ(rows[0].positions.size(), 2u);
  EXPECT_EQ(rows[0].positions[0].column, 1);
  EXPECT_EQ(rows[0].positions[1].column, 6);
}

TEST(DelimitedText, LineBreaksInsideQuotesBelongToTheFieldAndLaterRowsKeepTheirLines) {
  const std::vector<TextRow> rows = Split("id,comment\n1,\"two\r\nlines\"\n2,x\n", ',');
  EXPECT_EQ(Describe(rows), "1:[id|comment] 2:[1|two\r\nlines] 4:[2|x] ");
  EXPECT_EQ(rows[1].positions[1].line, 2);
  EXPECT_EQ(rows[2].positions[1].line, 4);
  EXPECT_EQ(rows[2].positions[1].column, 3);
}

TEST(DelimitedText, EmptyLinesAreBlankRowsAndTrailingDelimitersGiveEmptyFields) {
  const std::vector<TextRow> rows = Split("a,,\n\n,,\n", ',');
  EXPECT_EQ(Describe(rows), "1:[a||] 2:[] 3:[||] ");
  EXPECT_FALSE(rows[0].IsBlank());
  EXPECT_TRUE(rows[1].IsBlank());
  EXPECT_TRUE(rows[2].IsBlank());
  EXPECT_TRUE(Split("", ',').empty());
  EXPECT_TRUE(Split("\xEF\xBB\xBF", ',').empty());
}

TEST(DelimitedText, UnterminatedQuoteNamesTheLineAndColumnWhereItOpened) {
  std::vector<TextRow> rows;
  const Status s = SplitDelimitedText("obs.csv", "a,b\nc,\"open\nmore\n", ',', &rows);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "obs.csv:2:3: expected a closing quote for the field opened here, found the end of the text");
}

TEST(DelimitedText, TextAfterAClosingQuoteIsAnError) {
  std::vector<TextRow> rows;
  const Status s = SplitDelimitedText("obs.csv", "a,\"b\"c,d\n", ',', &rows);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "obs.csv:1:6: expected the delimiter or a line end after a closing quote, found \"c\"");
}

TEST(DelimitedText, DelimiterIsChosenFromTheHeaderNotTheFileName) {
  EXPECT_EQ(PickDelimiter("Observation id\tObservation date\tDescription"), '\t');
  EXPECT_EQ(PickDelimiter("Observation id,Observation date"), ',');
  EXPECT_EQ(PickDelimiter("participant_id;group"), ';');
  EXPECT_EQ(PickDelimiter("a;b,c"), ',');
  EXPECT_EQ(PickDelimiter("\"a\tb\",c"), ',');  // a tab inside quotes is text
  EXPECT_EQ(PickDelimiter("Observation id\tobservation, #1"), '\t');
  EXPECT_EQ(PickDelimiter("time"), ',');
}

TEST(DelimitedText, FirstLineDropsTheMarkAndTheLineEnd) {
  EXPECT_EQ(FirstLine("\xEF\xBB\xBF"
                      "a\tb\r\nc"),
            "a\tb");
  EXPECT_EQ(FirstLine("only"), "only");
}

TEST(DelimitedText, ATableOfTooManyFieldsIsRefusedWithWhere) {
  std::vector<TextRow> rows;
  const Status s = SplitDelimitedText("big.csv", "a,b\nc,d\ne,f\n", ',', &rows, 5);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "big.csv:3:3: expected a table of at most 5 fields, found more: not read");
  EXPECT_TRUE(rows.empty());
}

}  // namespace
}  // namespace tobii::io
