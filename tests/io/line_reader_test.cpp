#include "io/line_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tobii::io {
namespace {

std::vector<std::string> ReadAll(const std::string& text, std::size_t buffer_bytes, Status* status = nullptr,
                                 DamageLog* damage = nullptr, std::size_t max_line_bytes = kDefaultMaxLineBytes) {
  auto source = StringSource("test.tsv", text);
  LineReader reader(source.get(), buffer_bytes, damage, max_line_bytes);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.Next(&line)) lines.emplace_back(line);
  if (status != nullptr) *status = reader.status();
  return lines;
}

TEST(LineReader, SplitsLfAndCrlfLines) {
  const std::vector<std::string> expected = {"a\tb", "c", "", "d"};
  EXPECT_EQ(ReadAll("a\tb\nc\r\n\r\nd\n", 64), expected);
}

TEST(LineReader, LastLineWithoutTerminatorIsReturned) {
  auto source = StringSource("t", "one\ntwo");
  LineReader reader(source.get(), 16);
  std::string_view line;
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_TRUE(reader.line_terminated());
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line, "two");
  EXPECT_FALSE(reader.line_terminated());
  EXPECT_EQ(reader.line_number(), 2);
  EXPECT_FALSE(reader.Next(&line));
  EXPECT_TRUE(reader.status().ok());
}

TEST(LineReader, ByteOrderMarkIsDropped) {
  const std::vector<std::string> expected = {"Recording timestamp", "1"};
  EXPECT_EQ(ReadAll("\xEF\xBB\xBFRecording timestamp\n1\n", 64), expected);
}

TEST(LineReader, SameLinesForAnyBufferSize) {
  std::string text;
  std::vector<std::string> expected;
  for (int i = 0; i < 200; ++i) {
    std::string line(static_cast<std::size_t>(i % 37), static_cast<char>('a' + i % 26));
    expected.push_back(line);
    text += line + (i % 3 == 0 ? "\r\n" : "\n");
  }
  for (std::size_t buffer : {40, 41, 64, 100, 4096}) {
    EXPECT_EQ(ReadAll(text, buffer), expected) << "buffer " << buffer;
  }
}

TEST(LineReader, TheBufferGrowsForALongLine) {
  const std::string wide(5000, 'h');
  const std::vector<std::string> expected = {wide, "row"};
  EXPECT_EQ(ReadAll(wide + "\nrow\n", 32), expected);
}

TEST(LineReader, LineLongerThanTheLimitIsAnErrorWithItsLine) {
  Status status;
  const auto lines = ReadAll("short\n" + std::string(100, 'x') + "\n", 32, &status, nullptr, 64);
  EXPECT_EQ(lines.size(), 1u);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), "test.tsv:2:1: expected a line of at most 64 bytes, found a longer one");
}

TEST(LineReader, WithADamageLogALineLongerThanTheLimitCostsItselfOnly) {
  Status status;
  DamageLog damage;
  const std::vector<std::string> expected = {"short", "after", "end"};
  for (std::size_t buffer : {16, 32, 64}) {
    const auto lines = ReadAll("short\n" + std::string(1000, 'x') + "\nafter\n" + std::string(300, 'y') + "\nend",
                               buffer, &status, &damage, 64);
    EXPECT_EQ(lines, expected) << buffer;
    EXPECT_TRUE(status.ok());
  }
  EXPECT_EQ(damage.count(Damage::kLineTooLong), 6);
  EXPECT_EQ(damage.first_message(Damage::kLineTooLong),
            "test.tsv:2:1: expected a line of at most 64 bytes, found a longer one");
}

TEST(LineReader, SkipToStartsAtALaterLine) {
  auto source = StringSource("t", "header\nrow 2\nrow 3\nrow 4\n");
  LineReader reader(source.get(), 8);
  std::string_view line;
  ASSERT_TRUE(reader.Next(&line));
  ASSERT_TRUE(reader.SkipTo(19, 4).ok());  // "row 4" starts at byte 19
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line, "row 4");
  EXPECT_EQ(reader.line_number(), 4);
  EXPECT_EQ(reader.bytes_consumed(), 25u);
}

TEST(LineReader, CountsConsumedBytes) {
  auto source = StringSource("t", "ab\r\ncd\nef");
  LineReader reader(source.get(), 8);
  std::string_view line;
  while (reader.Next(&line)) {
  }
  EXPECT_EQ(reader.bytes_consumed(), 9u);
}

}  // namespace
}  // namespace tobii::io
