#include "io/text_source.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace tobii::io {
namespace {

// Reads a whole source in small steps, as a reader with a tiny buffer would.
std::string ReadAll(ByteSource* source, std::size_t step = 7) {
  std::string out(step, '\0'), all;
  std::size_t count = 0;
  do {
    EXPECT_TRUE(source->Read(out.data(), step, &count).ok());
    all.append(out.data(), count);
  } while (count > 0);
  return all;
}

std::string Gzip(const std::string& text) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, text.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(out.size() - z.avail_out);
  deflateEnd(&z);
  return out;
}

std::string Utf16(std::string_view ascii, bool little_endian, bool bom) {
  std::string out;
  if (bom) out = little_endian ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
  for (char c : ascii) {
    if (!little_endian) out.push_back('\0');
    out.push_back(c);
    if (little_endian) out.push_back('\0');
  }
  return out;
}

std::string Decoded(const std::string& raw, TextForm* form, const TextOptions& options = {}) {
  std::unique_ptr<ByteSource> text;
  EXPECT_TRUE(OpenText(StringSource("f", raw), &text, form, options).ok());
  return ReadAll(text.get());
}

const std::string kText = "Recording timestamp [ms]\tGaze point X\n0\t1,5\n8\t2,5\n";

TEST(TextSource, PlainUtf8PassesUnchanged) {
  TextForm form;
  EXPECT_EQ(Decoded(kText, &form), kText);
  EXPECT_EQ(DescribeTextForm(form), "UTF-8");
}

TEST(TextSource, Utf8ByteOrderMarkIsDropped) {
  TextForm form;
  EXPECT_EQ(Decoded("\xEF\xBB\xBF" + kText, &form), kText);
  EXPECT_EQ(form.encoding, TextEncoding::kUtf8Bom);
}

TEST(TextSource, GzipIsInflatedMemberAfterMember) {
  TextForm form;
  EXPECT_EQ(Decoded(Gzip(kText), &form), kText);
  EXPECT_TRUE(form.gzip);
  EXPECT_EQ(DescribeTextForm(form), "gzip, UTF-8");
  EXPECT_EQ(Decoded(Gzip("first\n") + Gzip("second\n"), &form), "first\nsecond\n");
}

TEST(TextSource, ACutGzipStreamSaysItEndedEarly) {
  std::string long_text;
  for (int i = 0; i < 2000; ++i) long_text += std::to_string(i * 7919 % 10007) + "\tvalue\n";
  const std::string packed = Gzip(long_text);
  std::unique_ptr<ByteSource> text;
  TextForm form;
  ASSERT_TRUE(OpenText(StringSource("f.gz", packed.substr(0, packed.size() / 2)), &text, &form).ok());
  const std::string got = ReadAll(text.get(), 4096);
  EXPECT_LT(got.size(), long_text.size());
  EXPECT_EQ(got, long_text.substr(0, got.size()));
  std::string why;
  EXPECT_TRUE(text->ended_early(&why));
  EXPECT_NE(why.find("truncated?"), std::string::npos) << why;
}

TEST(TextSource, AGzipBombStopsAtItsCap) {
  const std::string packed = Gzip(std::string(1 << 20, 'x'));
  std::unique_ptr<ByteSource> text;
  TextForm form;
  TextOptions options;
  options.max_inflated_bytes = 1 << 16;
  ASSERT_TRUE(OpenText(StringSource("bomb.gz", packed), &text, &form, options).ok());
  std::string buffer(1 << 14, '\0');
  std::size_t count = 0;
  Status status;
  do {
    status = text->Read(buffer.data(), buffer.size(), &count);
  } while (status.ok() && count > 0);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("inflates to more than 65536 bytes"), std::string::npos) << status.message();
}

TEST(TextSource, Utf16IsConvertedWithOrWithoutByteOrderMark) {
  for (bool little : {true, false}) {
    for (bool bom : {true, false}) {
      TextForm form;
      EXPECT_EQ(Decoded(Utf16(kText, little, bom), &form), kText) << little << bom;
      EXPECT_EQ(form.encoding, little ? TextEncoding::kUtf16Le : TextEncoding::kUtf16Be);
    }
  }
}

TEST(TextSource, Utf16NonAsciiAndLoneSurrogates) {
  // "µs" (U+00B5) then a lone high surrogate D800, then "x".
  const std::string raw = std::string("\xFF\xFE\xB5\x00s\x00\x00\xD8x\x00", 10);
  TextForm form;
  EXPECT_EQ(Decoded(raw, &form), "\xC2\xB5s\xEF\xBF\xBDx");
}

TEST(TextSource, BytesReadCountTheFilesBytes) {
  const std::string packed = Gzip(kText);
  std::unique_ptr<ByteSource> text;
  TextForm form;
  ASSERT_TRUE(OpenText(StringSource("f.gz", packed), &text, &form).ok());
  ReadAll(text.get());
  EXPECT_EQ(text->bytes_read(), packed.size());
  ASSERT_TRUE(OpenText(StringSource("f", "\xEF\xBB\xBF" + kText), &text, &form).ok());
  ReadAll(text.get());
  EXPECT_EQ(text->bytes_read(), kText.size() + 3);
}

}  // namespace
}  // namespace tobii::io
