#include "io/pro_lab_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace tobii::io {
namespace {

const std::string kHeader =
    "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tEyetracker timestamp [\xCE\xBCs]\t"
    "Event\tGaze point X [DACS px]\tGaze point Y [DACS px]\tPupil diameter left [mm]\t"
    "Pupil diameter right [mm]\tValidity left\tValidity right\n";

// A gaze row of the small export above.
std::string Row(int ms, const std::string& x, const std::string& y, const std::string& pupil = "3.1",
                const std::string& validity = "Valid") {
  return std::to_string(ms) + "\tEye Tracker\tP01\tR01\t" + std::to_string(1000000 + ms * 1000) + "\t\t" + x +
         "\t" + y + "\t" + pupil + "\t" + pupil + "\t" + validity + "\t" + validity + "\n";
}

struct ReadResult {
  Status status;
  std::vector<Sample> samples;
  RecordingInfo info;
};

ReadResult Read(const std::string& text, ReaderOptions options = {}) {
  ProLabReader reader(StringSource("rec.tsv", text), options);
  ReadResult result;
  result.status = reader.Open();
  SampleChunk chunk;
  while (result.status.ok()) {
    result.status = reader.Next(&chunk);
    if (chunk.empty()) break;
    result.samples.insert(result.samples.end(), chunk.samples.begin(), chunk.samples.end());
  }
  result.info = reader.info();
  return result;
}

TEST(ProLabReader, ReadsGazeRowsAndSkipsOtherRows) {
  const std::string text = kHeader + "0\t\tP01\tR01\t\tRecordingStart\t\t\t\t\t\t\n" + Row(3, "100", "200") +
                           "5\tMouse\tP01\tR01\t\t\t\t\t\t\t\t\n" + Row(11, "101.5", "201", "", "Invalid");
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[0].time_us, 3000);
  EXPECT_EQ(r.samples[1].time_us, 11000);
  EXPECT_FLOAT_EQ(r.samples[1].gaze_x_px, 101.5f);
  EXPECT_TRUE(r.samples[0].left.valid);
  EXPECT_FALSE(r.samples[1].right.valid);
  EXPECT_TRUE(std::isnan(r.samples[1].left.pupil_mm));
  EXPECT_EQ(r.info.participant, "P01");
  EXPECT_EQ(r.info.recording, "R01");
}

TEST(ProLabReader, DecimalCommaIsAccepted) {
  const ReadResult r = Read(kHeader + Row(0, "100,25", "200", "2,770"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_FLOAT_EQ(r.samples[0].gaze_x_px, 100.25f);
  EXPECT_FLOAT_EQ(r.samples[0].left.pupil_mm, 2.77f);
  EXPECT_EQ(r.info.decimal_mark, ',');
}

TEST(ProLabReader, ByteOrderMarkAndCrlfAreAccepted) {
  std::string text = "\xEF\xBB\xBF" + kHeader + Row(0, "1", "2") + Row(8, "3", "4");
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const ReadResult r = Read(crlf);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_TRUE(r.samples[1].right.valid);  // "Valid\r" would not be
}

TEST(ProLabReader, MicrosecondRecordingTimestampsAreScaled) {
  const std::string text =
      "Recording timestamp [\xCE\xBCs]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n"
      "2500\t1\t2\tValid\tValid\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples[0].time_us, 2500);
}

TEST(ProLabReader, ColumnsAreFoundByNameInAnyOrderAndUnitSpelling) {
  const std::string text =
      "Validity right\tGaze point Y (DACSpx)\tValidity left\tGaze point X (DACSpx)\tRecording timestamp\n"
      "Valid\t20\tInvalid\t10\t7\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples[0].time_us, 7000);  // no unit: milliseconds
  EXPECT_FLOAT_EQ(r.samples[0].gaze_x_px, 10);
  EXPECT_FLOAT_EQ(r.samples[0].gaze_y_px, 20);
  EXPECT_FALSE(r.samples[0].left.valid);
  EXPECT_TRUE(r.samples[0].right.valid);
}

TEST(ProLabReader, MissingRequiredColumnNamesIt) {
  const ReadResult r = Read("Recording timestamp [ms]\tGaze point Y [DACS px]\tValidity left\tValidity right\n");
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(),
            "rec.tsv:1:1: expected a column \"Gaze point X [DACS px]\", found none among the 4 columns of the "
            "header");
}

TEST(ProLabReader, NonNumberGivesFileLineAndColumn) {
  const ReadResult r = Read(kHeader + Row(0, "100", "200") + Row(8, "1O1", "200"));
  ASSERT_FALSE(r.status.ok());
  // Line 3, field 7 starts after "8\tEye Tracker\tP01\tR01\t1008000\t\t" (31 bytes).
  EXPECT_EQ(r.status.message(), "rec.tsv:3:32: expected a number in \"Gaze point X [DACS px]\", found \"1O1\"");
}

TEST(ProLabReader, NonFiniteNumbersAreErrors) {
  for (const char* bad : {"NaN", "inf", "-inf", "1e300"}) {
    const ReadResult r = Read(kHeader + Row(0, bad, "2"));
    ASSERT_FALSE(r.status.ok()) << bad;
    EXPECT_NE(r.status.message().find(std::string("found \"") + bad + "\""), std::string::npos) << r.status.message();
  }
}

TEST(ProLabReader, UnknownValidityIsAnError) {
  const ReadResult r = Read(kHeader + Row(0, "1", "2", "3", "Maybe"));
  ASSERT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find("expected Valid or Invalid in \"Validity left\", found \"Maybe\""),
            std::string::npos)
      << r.status.message();
}

TEST(ProLabReader, TruncatedLastRowIsReported) {
  std::string text = kHeader + Row(0, "1", "2") + Row(8, "3", "4");
  text.resize(text.size() - 9);  // cut inside the validity fields of the last row
  const ReadResult r = Read(text);
  ASSERT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find("rec.tsv:3:"), std::string::npos) << r.status.message();
  EXPECT_NE(r.status.message().find("truncated?"), std::string::npos) << r.status.message();
}

TEST(ProLabReader, WholeLastRowWithoutLineEndIsAccepted) {
  std::string text = kHeader + Row(0, "1", "2") + Row(8, "3", "4");
  text.pop_back();
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
}

TEST(ProLabReader, TimeRunningBackwardsIsAnError) {
  const ReadResult r = Read(kHeader + Row(0, "1", "2") + Row(8, "1", "2") + Row(4, "1", "2"));
  ASSERT_FALSE(r.status.ok());
  // Line 4: the device clock field starts after "4\tEye Tracker\tP01\tR01\t" (22 bytes).
  EXPECT_EQ(r.status.message(),
            "rec.tsv:4:23: expected a time not before the previous sample's in \"Eyetracker timestamp "
            "[\xCE\xBCs]\", found \"1004000\"");
}

TEST(ProLabReader, SecondRecordingInOneExportIsAnError) {
  std::string second = Row(8, "1", "2");
  second.replace(second.find("R01"), 3, "R02");
  const ReadResult r = Read(kHeader + Row(0, "1", "2") + second);
  ASSERT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find("rec.tsv:3:19: expected one recording per export (\"R01\" so far"),
            std::string::npos)
      << r.status.message();
}

TEST(ProLabReader, ControlBytesInMessagesAreEscaped) {
  const ReadResult r = Read(kHeader + Row(0, std::string("88\0" "0", 4), "2"));
  ASSERT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find("found \"88\\x000\""), std::string::npos) << r.status.message();
}

TEST(ProLabReader, EmptyFileIsAnError) {
  const ReadResult r = Read("");
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(), "rec.tsv:1:1: expected a header row, found an empty file");
}

TEST(ProLabReader, MaxSamplesStopsEarly) {
  std::string text = kHeader;
  for (int i = 0; i < 50; ++i) text += Row(i * 8, "1", "2");
  ReaderOptions options;
  options.max_samples = 7;
  EXPECT_EQ(Read(text, options).samples.size(), 7u);
}

TEST(ProLabReader, SameSamplesForAnyBufferAndChunkSize) {
  std::string text = kHeader;
  for (int i = 0; i < 300; ++i) text += Row(i * 8, std::to_string(i % 97) + ",5", std::to_string(i), "3,25");
  const ReadResult reference = Read(text);
  ASSERT_TRUE(reference.status.ok());
  for (std::size_t buffer : {300, 333, 4096}) {
    for (std::size_t chunk : {1, 7, 4096}) {
      ReaderOptions options;
      options.buffer_bytes = buffer;
      options.chunk_samples = chunk;
      const ReadResult r = Read(text, options);
      ASSERT_TRUE(r.status.ok()) << r.status.message();
      ASSERT_EQ(r.samples.size(), reference.samples.size());
      for (std::size_t i = 0; i < r.samples.size(); ++i) {
        ASSERT_EQ(r.samples[i].time_us, reference.samples[i].time_us);
        ASSERT_FLOAT_EQ(r.samples[i].gaze_x_px, reference.samples[i].gaze_x_px);
      }
    }
  }
}

// Real Pro Lab 24.21 exports (MIT, see ../shared/data/real/MANIFEST.md).
TEST(ProLabReader, ReadsRealProLab2421Exports) {
  const std::filesystem::path folder = testing::SharedDir() / "data/real/cemGr-ivt-reconstruction";
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << "real data not found at " << folder << ": skipped";
  struct Expected {
    const char* file;
    double interval_us;  // device clock step of the tracker
  };
  for (const Expected& e : {Expected{"I-VT-normal Data export_short.tsv", 1e6 / 300},
                            Expected{"I-VT-StrictAverage_frequency120_movingAverageData export_short.tsv", 1e6 / 120},
                            Expected{"I-VT-rightEye Data export_short.tsv", 1e6 / 300}}) {
    std::unique_ptr<ByteSource> source;
    ASSERT_TRUE(OpenFileSource((folder / e.file).string(), &source).ok());
    ProLabReader reader(std::move(source));
    ASSERT_TRUE(reader.Open().ok()) << e.file;
    SampleChunk chunk;
    std::int64_t samples = 0, valid = 0;
    std::int64_t first = 0, last = 0;
    while (true) {
      const Status s = reader.Next(&chunk);
      ASSERT_TRUE(s.ok()) << s.message();
      if (chunk.empty()) break;
      for (const Sample& sample : chunk.samples) {
        if (samples == 0) first = sample.time_us;
        last = sample.time_us;
        ++samples;
        if (sample.left.valid || sample.right.valid) ++valid;
      }
    }
    EXPECT_EQ(reader.info().decimal_mark, ',') << e.file;
    EXPECT_EQ(reader.info().participant, "Alex");
    EXPECT_EQ(reader.info().screen_width_px, 1920);
    EXPECT_GT(samples, 4000) << e.file;  // 5000 rows, a few hundred of them mouse and event rows
    EXPECT_GT(valid, samples / 2) << e.file;
    const double interval = static_cast<double>(last - first) / static_cast<double>(samples - 1);
    EXPECT_NEAR(interval, e.interval_us, 0.05 * e.interval_us) << e.file;
    std::printf("%s: %lld samples, %.1f %% with an eye, %.1f Hz\n", e.file, static_cast<long long>(samples),
                100.0 * static_cast<double>(valid) / static_cast<double>(samples), 1e6 / interval);
  }
}

}  // namespace
}  // namespace tobii::io
