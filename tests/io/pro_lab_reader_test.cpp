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

// An event row of the export above: no sensor, no eyetracker timestamp.
std::string EventRow(const std::string& ms, const std::string& event) {
  return ms + "\t\tP01\tR01\t\t" + event + "\t\t\t\t\t\t\n";
}

// The same export with an `Event value` column after `Event`.
const std::string kHeaderWithValue =
    "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tEyetracker timestamp [\xCE\xBCs]\t"
    "Event\tEvent value\tGaze point X [DACS px]\tGaze point Y [DACS px]\tPupil diameter left [mm]\t"
    "Pupil diameter right [mm]\tValidity left\tValidity right\n";

std::string RowWithValue(int ms, const std::string& x = "1", const std::string& pupil = "3.1") {
  return std::to_string(ms) + "\tEye Tracker\tP01\tR01\t" + std::to_string(1000000 + ms * 1000) + "\t\t\t" +
         x + "\t2\t" + pupil + "\t" + pupil + "\tValid\tValid\n";
}

std::string EventRowWithValue(int ms, const std::string& event, const std::string& value) {
  return std::to_string(ms) + "\t\tP01\tR01\t\t" + event + "\t" + value + "\t\t\t\t\t\t\n";
}

// Events as "time_us name=value", one per line, for readable comparisons.
std::string Describe(const std::vector<RecordingEvent>& events) {
  std::string out;
  for (const RecordingEvent& e : events) {
    out += std::to_string(e.time_us) + " " + e.name + "=" + e.value + "\n";
  }
  return out;
}

struct ReadResult {
  Status status;
  std::vector<Sample> samples;
  std::vector<RecordingEvent> events;
  // Per chunk: its sample count and its events, to check where events fall.
  std::vector<std::size_t> chunk_samples;
  std::vector<std::string> chunk_events;
  RecordingInfo info;
  DamageLog damage;
  std::int64_t rows = 0;
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
    result.events.insert(result.events.end(), chunk.events.begin(), chunk.events.end());
    result.chunk_samples.push_back(chunk.samples.size());
    result.chunk_events.push_back(Describe(chunk.events));
  }
  result.info = reader.info();
  result.damage = reader.damage();
  result.rows = reader.rows_read();
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

TEST(ProLabReader, ABadCellCostsItsSampleWhichIsKeptAsLost) {
  const ReadResult r = Read(kHeader + Row(0, "100", "200") + Row(8, "1O1", "200") + Row(16, "102", "200"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[1].time_us, 8000);
  EXPECT_FALSE(r.samples[1].left.valid);
  EXPECT_FALSE(r.samples[1].right.valid);
  EXPECT_TRUE(std::isnan(r.samples[1].gaze_x_px));
  EXPECT_FLOAT_EQ(r.samples[2].gaze_x_px, 102);
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 1);
  // Line 3, field 7 starts after "8\tEye Tracker\tP01\tR01\t1008000\t\t" (31 bytes).
  EXPECT_EQ(r.damage.first_message(Damage::kBadValue),
            "rec.tsv:3:32: expected a number in \"Gaze point X [DACS px]\", found \"1O1\"");
}

TEST(ProLabReader, NonFiniteNumbersAreDamage) {
  for (const char* bad : {"NaN", "inf", "-inf", "1e300"}) {
    const ReadResult r = Read(kHeader + Row(0, bad, "2") + Row(8, "1", "2"));
    ASSERT_TRUE(r.status.ok()) << bad;
    EXPECT_EQ(r.samples.size(), 2u);
    EXPECT_EQ(r.damage.count(Damage::kBadValue), 1) << bad;
    EXPECT_NE(r.damage.first_message(Damage::kBadValue).find(std::string("found \"") + bad + "\""),
              std::string::npos);
  }
}

TEST(ProLabReader, UnknownValidityCostsTheSample) {
  const ReadResult r = Read(kHeader + Row(0, "1", "2", "3", "Maybe"));
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_FALSE(r.samples[0].left.valid);
  EXPECT_NE(r.damage.first_message(Damage::kBadValue)
                .find("expected Valid or Invalid in \"Validity left\", found \"Maybe\""),
            std::string::npos)
      << r.damage.first_message(Damage::kBadValue);
}

TEST(ProLabReader, ABadTimeCostsItsRow) {
  const ReadResult r = Read(kHeader + Row(0, "1", "2") + "x8\tEye Tracker\tP01\tR01\t\t\t1\t2\t3\t3\tValid\tValid\n" +
                            Row(16, "1", "2"));
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.damage.count(Damage::kBadTime), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kBadTime),
            "rec.tsv:3:1: expected a time in \"Recording timestamp [ms]\", found \"x8\"");
}

TEST(ProLabReader, TruncatedLastRowCostsTheRow) {
  std::string text = kHeader + Row(0, "1", "2") + Row(8, "3", "4");
  text.resize(text.size() - 9);  // cut inside the validity fields of the last row
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.damage.count(Damage::kTruncatedLastRow), 1);
  EXPECT_NE(r.damage.first_message(Damage::kTruncatedLastRow).find("rec.tsv:3:"), std::string::npos);
}

TEST(ProLabReader, AShortRowInsideTheFileCostsTheRow) {
  const ReadResult r = Read(kHeader + Row(0, "1", "2") + "8\tEye Tracker\tP01\n" + Row(16, "3", "4"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.damage.count(Damage::kShortRow), 1);
  EXPECT_EQ(r.rows, 3);
}

TEST(ProLabReader, WholeLastRowWithoutLineEndIsAccepted) {
  std::string text = kHeader + Row(0, "1", "2") + Row(8, "3", "4");
  text.pop_back();
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(ProLabReader, ASampleTimedBeforeTheOneBeforeCostsItsRow) {
  const ReadResult r = Read(kHeader + Row(0, "1", "2") + Row(8, "1", "2") + Row(4, "1", "2") + Row(16, "1", "2"));
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[2].time_us, 16000);
  // Line 4: the device clock field starts after "4\tEye Tracker\tP01\tR01\t" (22 bytes).
  EXPECT_EQ(r.damage.first_message(Damage::kTimeBackwards),
            "rec.tsv:4:23: expected a time not before the previous sample's in \"Eyetracker timestamp "
            "[\xCE\xBCs]\", found \"1004000\"");
}

// One corrupt time that jumps far ahead costs its own row, not every row
// after it (io/time_order.h).
TEST(ProLabReader, ATimeThatJumpsAheadCostsOnlyItsRow) {
  std::string text = kHeader;
  for (int i = 0; i < 50; ++i) text += Row(i * 8, "1", std::to_string(i));
  std::string clock(1, '\t');
  clock += std::to_string(1000000 + 20 * 8 * 1000);
  clock += '\t';
  const std::size_t at = text.find(clock);
  ASSERT_NE(at, std::string::npos);
  text.replace(at + 1, 7, "9000000");  // sample 20's device clock, flipped far ahead
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 49u);
  EXPECT_EQ(r.damage.count(Damage::kTimeBackwards), 1);
  EXPECT_NE(r.damage.first_message(Damage::kTimeBackwards).find("rec.tsv:22:"), std::string::npos)
      << r.damage.first_message(Damage::kTimeBackwards);
  for (std::size_t i = 1; i < r.samples.size(); ++i) EXPECT_LT(r.samples[i - 1].time_us, r.samples[i].time_us);
}

TEST(ProLabReader, AClockThatRestartsFailsTheRecordingOnceMostRowsAreLost) {
  std::string text = kHeader;
  for (int i = 0; i < 50; ++i) text += Row(1000 + i * 8, "1", "2");
  for (int i = 0; i < 50; ++i) text += Row(i * 8, "1", "2");  // the clock starts again
  ProLabReader reader(StringSource("rec.tsv", text));
  ASSERT_TRUE(reader.Open().ok());
  SampleChunk chunk;
  while (reader.Next(&chunk).ok() && !chunk.empty()) {
  }
  EXPECT_EQ(reader.damage().count(Damage::kTimeBackwards), 50);
  const Status verdict = reader.damage().CheckTolerable(reader.rows_read());
  ASSERT_FALSE(verdict.ok());
  EXPECT_NE(verdict.message().find("50 of 100 rows damaged"), std::string::npos) << verdict.message();
}

TEST(ProLabReader, RowsOfAnotherRecordingAreAnError) {
  std::string second = Row(8, "1", "2");
  second.replace(second.find("R01"), 3, "R02");
  const ReadResult r = Read(kHeader + Row(0, "1", "2") + second);
  ASSERT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find("rec.tsv:3:19: expected the rows of recording \"R01\" of participant \"P01\" only"),
            std::string::npos)
      << r.status.message();
}

TEST(ProLabReader, ASelectorReadsOneRecordingOfSeveral) {
  std::string text = kHeader;
  const auto rows_of = [](const char* participant, const char* recording, int first_ms) {
    std::string rows;
    for (int i = 0; i < 5; ++i) {
      std::string row = Row(first_ms + 8 * i, "1", std::to_string(i));
      row.replace(row.find("P01"), 3, participant);
      row.replace(row.find("R01"), 3, recording);
      rows += row;
    }
    return rows;
  };
  text += rows_of("P01", "R01", 0) + rows_of("P02", "R01", 0) + rows_of("P01", "R02", 100);
  ProLabReader scanner(StringSource("rec.tsv", text));
  ASSERT_TRUE(scanner.Open().ok());
  std::vector<RecordingSelector> parts;
  ASSERT_TRUE(scanner.ListRecordings(&parts).ok());
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1].participant, "P02");
  EXPECT_EQ(parts[1].recording, "R01");
  EXPECT_EQ(parts[1].first_line, 7);
  for (const RecordingSelector& part : parts) {
    ReaderOptions options;
    options.select = part;
    options.buffer_bytes = 64;  // so that the skip passes the buffer
    const ReadResult r = Read(text, options);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    ASSERT_EQ(r.samples.size(), 5u) << part.participant << " " << part.recording;
    EXPECT_EQ(r.info.participant, part.participant);
    EXPECT_EQ(r.info.recording, part.recording);
    EXPECT_FLOAT_EQ(r.samples[4].gaze_y_px, 4);
    EXPECT_EQ(r.rows, 5);
  }
}

// A file cut part-way through its last row, inside a name: the cut name is
// no recording of its own, and the last recording's reader counts the cut.
TEST(ProLabReader, ATruncatedLastRowNamesNoRecordingOfItsOwn) {
  std::string text = kHeader;
  for (int i = 0; i < 3; ++i) text += Row(8 * i, "1", "2");
  for (int i = 0; i < 3; ++i) {
    std::string row = Row(8 * i, "1", "2");
    text += row.replace(row.find("P01"), 3, "P02");
  }
  const std::string cut = "40\tEye Tracker\tP0";
  text += cut;
  ProLabReader scanner(StringSource("rec.tsv", text));
  ASSERT_TRUE(scanner.Open().ok());
  std::string participant = "x", recording = "x";
  scanner.RowNames(cut, &participant, &recording);
  EXPECT_EQ(participant, "");
  EXPECT_EQ(recording, "");
  std::vector<RecordingSelector> parts;
  ASSERT_TRUE(scanner.ListRecordings(&parts).ok());
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1].participant, "P02");
  EXPECT_EQ(parts[1].end_byte, text.size());
  ReaderOptions options;
  options.select = parts[1];
  const ReadResult r = Read(text, options);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.damage.count(Damage::kTruncatedLastRow), 1);
}

// A Pro Glasses export: gaze on the scene camera's image, directions in the
// head unit's frame, sensor rows between the samples.
TEST(ProLabReader, GlassesExportsGiveDirectionsInTheScreenFrame) {
  const std::string text =
      "Recording timestamp [ms]\tSensor\tGaze point X [MCS px]\tGaze point Y [MCS px]\t"
      "Gaze direction left X [HUCS norm]\tGaze direction left Y [HUCS norm]\tGaze direction left Z [HUCS norm]\t"
      "Validity left\tValidity right\tGyro X [\xC2\xB0/s]\n"
      "0\tGyroscope\t\t\t\t\t\t\t\t1,5\n"
      "4\tAccelerometer\t\t\t\t\t\t\t\t\n"
      "10\tEye Tracker\t960\t540\t0,1\t-0,2\t0,97\tValid\tInvalid\t\n"
      "14\tMagnetometer\t\t\t\t\t\t\t\t\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_TRUE(r.info.head_mounted);
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_FLOAT_EQ(r.samples[0].gaze_x_px, 960);
  // HUCS x left, y up, z forward; the screen frame x right, y down, z back.
  EXPECT_FLOAT_EQ(r.samples[0].left.gaze_dir_x, -0.1f);
  EXPECT_FLOAT_EQ(r.samples[0].left.gaze_dir_y, 0.2f);
  EXPECT_FLOAT_EQ(r.samples[0].left.gaze_dir_z, -0.97f);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(ProLabReader, ColumnsUsedAndIgnoredAreListed) {
  ProLabReader reader(StringSource(
      "rec.tsv", "Recording timestamp [ms]\tProject name\tGaze point X\tGaze point Y\tValidity left\tValidity right\t"
                 "AOI hit [Snap - Face]\t\n"));
  ASSERT_TRUE(reader.Open().ok());
  const ColumnReport columns = reader.columns();
  EXPECT_EQ(columns.used, (std::vector<std::string>{"Recording timestamp [ms]", "Gaze point X", "Gaze point Y",
                                                    "Validity left", "Validity right", "AOI hit [Snap - Face]"}));
  EXPECT_EQ(columns.ignored, (std::vector<std::string>{"Project name"}));
}

TEST(ProLabReader, ControlBytesInMessagesAreEscaped) {
  const ReadResult r = Read(kHeader + Row(0, std::string("88\0" "0", 4), "2"));
  EXPECT_NE(r.damage.first_message(Damage::kBadValue).find("found \"88\\x000\""), std::string::npos)
      << r.damage.first_message(Damage::kBadValue);
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

TEST(ProLabReader, EventRowsGiveEventsOnTheSampleClock) {
  // Event rows fall between samples at their recording timestamp; the
  // samples run on the device clock, anchored at the first sample's
  // recording timestamp (3 ms), so both are on one clock.
  const std::string text = kHeaderWithValue + EventRowWithValue(0, "RecordingStart", "") + RowWithValue(3) +
                           EventRowWithValue(11, "KeyPress", "Space") + RowWithValue(11) + RowWithValue(19) +
                           EventRowWithValue(19, "ImageStimulusStart", "chimsky (1)") +
                           EventRowWithValue(19, "SyncPortIn", "1") + RowWithValue(27);
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 4u);
  EXPECT_EQ(Describe(r.events),
            "0 RecordingStart=\n"
            "11000 KeyPress=Space\n"
            "19000 ImageStimulusStart=chimsky (1)\n"
            "19000 SyncPortIn=1\n");
  EXPECT_EQ(r.events[1].time_us, r.samples[1].time_us);
  EXPECT_EQ(r.events[2].time_us, r.samples[2].time_us);
}

TEST(ProLabReader, EventsWithoutEventValueColumnHaveEmptyValues) {
  const std::string text = kHeader + EventRow("0", "RecordingStart") + Row(3, "1", "2") +
                           EventRow("5", "KeyPress") + Row(11, "1", "2") + EventRow("12", "RecordingEnd");
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(Describe(r.events), "0 RecordingStart=\n5000 KeyPress=\n12000 RecordingEnd=\n");
}

TEST(ProLabReader, ExportWithoutEventColumnGivesNoEvents) {
  const std::string text =
      "Recording timestamp [ms]\tSensor\tGaze point X\tGaze point Y\tValidity left\tValidity right\n"
      "0\t\t\t\t\t\n"  // an event row whose event was not exported
      "3\tEye Tracker\t1\t2\tValid\tValid\n"
      "5\tMouse\t\t\t\t\n"
      "11\tEye Tracker\t1\t2\tValid\tValid\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_TRUE(r.events.empty());
  EXPECT_EQ(r.chunk_samples, std::vector<std::size_t>{2});
}

TEST(ProLabReader, EventsOfAnExportWithoutSensorColumn) {
  // Without `Sensor`, a row with no validity is not a sample; its event is
  // still read.
  const std::string text =
      "Recording timestamp [ms]\tEvent\tEvent value\tGaze point X\tGaze point Y\tValidity left\tValidity "
      "right\n"
      "0\tRecordingStart\t\t\t\t\t\n"
      "3\t\t\t1\t2\tValid\tValid\n"
      "7\tKeyPress\tF1\t\t\t\t\n"
      "11\t\t\t1\t2\tValid\tValid\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(Describe(r.events), "0 RecordingStart=\n7000 KeyPress=F1\n");
}

TEST(ProLabReader, EventsOfADecimalCommaExport) {
  // The value's comma is text, not a decimal mark; the file's numbers still
  // set the mark.
  const std::string text = kHeaderWithValue + RowWithValue(0, "100,25", "2,770") +
                           EventRowWithValue(2, "MouseEvent", "Down, Left") +
                           RowWithValue(8, "101,5", "2,5") + EventRowWithValue(9, "MouseEvent", "Up, Left");
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.info.decimal_mark, ',');
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_FLOAT_EQ(r.samples[1].gaze_x_px, 101.5f);
  EXPECT_EQ(Describe(r.events), "2000 MouseEvent=Down, Left\n9000 MouseEvent=Up, Left\n");
}

TEST(ProLabReader, MicrosecondRecordingTimestampsTimeEventsToo) {
  const std::string text =
      "Recording timestamp [\xCE\xBCs]\tEvent\tGaze point X\tGaze point Y\tValidity left\tValidity right\n"
      "2500\t\t1\t2\tValid\tValid\n"
      "2600\tSyncPortIn\t\t\t\t\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(Describe(r.events), "2600 SyncPortIn=\n");
}

TEST(ProLabReader, BadTimeOnAnEventRowGivesFileLineAndColumn) {
  for (const char* bad : {"", "12x", "NaN"}) {
    const ReadResult r = Read(kHeader + Row(0, "1", "2") + EventRow(bad, "KeyPress") + Row(8, "1", "2"));
    ASSERT_TRUE(r.status.ok()) << bad;
    EXPECT_TRUE(r.events.empty());
    EXPECT_EQ(r.samples.size(), 2u);
    EXPECT_EQ(
        r.damage.first_message(Damage::kBadTime),
        std::string("rec.tsv:3:1: expected a time in \"Recording timestamp [ms]\", found \"") + bad + "\"");
  }
}

TEST(ProLabReader, TruncatedLastEventRowIsReported) {
  // The last column is not used, so only the field count tells a whole last
  // row from a cut one.
  const std::string text =
      "Recording timestamp [ms]\tEvent\tEvent value\tGaze point X\tGaze point Y\tValidity left\tValidity "
      "right\t"
      "Presented Stimulus name\n"
      "0\t\t\t1\t2\tValid\tValid\tchimsky (1)\n"
      "9\tImageStimulusEnd\tchimsky (1)\t\t\t\t\tchimsky (1)";
  const ReadResult whole = Read(text);
  ASSERT_TRUE(whole.status.ok()) << whole.status.message();
  EXPECT_EQ(Describe(whole.events), "9000 ImageStimulusEnd=chimsky (1)\n");

  const ReadResult cut = Read(text.substr(0, text.rfind('\t')));
  ASSERT_TRUE(cut.status.ok());
  EXPECT_TRUE(cut.events.empty());
  const std::string& message = cut.damage.first_message(Damage::kTruncatedLastRow);
  EXPECT_NE(message.find("rec.tsv:3:"), std::string::npos) << message;
  EXPECT_NE(message.find("expected 8 fields, found 7"), std::string::npos) << message;
}

TEST(ProLabReader, EventsComeWithTheChunkOfTheNextSample) {
  // s0 e1 s1 s2 e2 e3 s3 e4: with 1 or 3 samples per chunk, e1 and e2 fall
  // exactly on a chunk boundary; e4 follows the last sample.
  const std::string text = kHeader + Row(0, "1", "2") + EventRow("4", "A") + Row(8, "1", "2") +
                           Row(16, "1", "2") + EventRow("16", "B") + EventRow("20", "C") + Row(24, "1", "2") +
                           EventRow("30", "D");
  {
    ReaderOptions options;
    options.chunk_samples = 1;
    const ReadResult r = Read(text, options);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    // The last sample is handed on once the file has ended (io/time_order.h),
    // so the events after it come in its chunk.
    EXPECT_EQ(r.chunk_samples, (std::vector<std::size_t>{1, 1, 1, 1}));
    EXPECT_EQ(r.chunk_events,
              (std::vector<std::string>{"", "4000 A=\n", "", "16000 B=\n20000 C=\n30000 D=\n"}));
  }
  {
    ReaderOptions options;
    options.chunk_samples = 3;
    const ReadResult r = Read(text, options);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(r.chunk_samples, (std::vector<std::size_t>{3, 1}));
    EXPECT_EQ(r.chunk_events, (std::vector<std::string>{"4000 A=\n", "16000 B=\n20000 C=\n30000 D=\n"}));
  }
  {
    ReaderOptions options;
    options.chunk_samples = 4;
    const ReadResult r = Read(text, options);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(r.chunk_samples, (std::vector<std::size_t>{4}));
    EXPECT_EQ(r.chunk_events, (std::vector<std::string>{"4000 A=\n16000 B=\n20000 C=\n30000 D=\n"}));
  }
}

TEST(ProLabReader, OnlyEventsAfterTheLastSampleEndWithAnEmptyChunk) {
  ProLabReader reader(StringSource("rec.tsv", kHeader + Row(0, "1", "2") + EventRow("9", "RecordingEnd")));
  ASSERT_TRUE(reader.Open().ok());
  SampleChunk chunk;
  ASSERT_TRUE(reader.Next(&chunk).ok());
  EXPECT_EQ(chunk.samples.size(), 1u);
  EXPECT_EQ(Describe(chunk.events), "9000 RecordingEnd=\n");
  ASSERT_TRUE(reader.Next(&chunk).ok());
  EXPECT_TRUE(chunk.empty());
  EXPECT_TRUE(chunk.events.empty());
}

TEST(ProLabReader, SameEventsForAnyBufferAndChunkSize) {
  std::string text = kHeaderWithValue;
  for (int i = 0; i < 300; ++i) {
    text += RowWithValue(i * 8, std::to_string(i % 97) + ",5", "3,25");
    if (i % 7 == 0) text += EventRowWithValue(i * 8 + 3, "KeyPress", "Key " + std::to_string(i));
    if (i % 50 == 0) text += EventRowWithValue(i * 8 + 3, "SyncPortIn", "");
  }
  const ReadResult reference = Read(text);
  ASSERT_TRUE(reference.status.ok()) << reference.status.message();
  ASSERT_EQ(reference.events.size(), 43u + 6u);
  for (std::size_t buffer : {300, 333, 4096}) {
    for (std::size_t chunk : {1, 3, 7, 4096}) {
      ReaderOptions options;
      options.buffer_bytes = buffer;
      options.chunk_samples = chunk;
      const ReadResult r = Read(text, options);
      ASSERT_TRUE(r.status.ok()) << r.status.message();
      EXPECT_EQ(Describe(r.events), Describe(reference.events)) << buffer << " " << chunk;
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
    EXPECT_FALSE(reader.info().head_mounted);
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
    EXPECT_EQ(reader.info().software, "Tobii Pro Lab 24.21.435");
    EXPECT_EQ(reader.damage().total(), 0) << e.file;
    EXPECT_EQ(reader.info().screen_width_px, 1920);
    EXPECT_GT(samples, 4000) << e.file;  // 5000 rows, a few hundred of them mouse and event rows
    EXPECT_GT(valid, samples / 2) << e.file;
    const double interval = static_cast<double>(last - first) / static_cast<double>(samples - 1);
    EXPECT_NEAR(interval, e.interval_us, 0.05 * e.interval_us) << e.file;
    std::printf("%s: %lld samples, %.1f %% with an eye, %.1f Hz\n", e.file, static_cast<long long>(samples),
                100.0 * static_cast<double>(valid) / static_cast<double>(samples), 1e6 / interval);
  }
}

// The event rows of the same exports (found with `cut -f1,38,39`), each on
// the samples' clock: within the recording timestamp's millisecond of the
// samples around it.
TEST(ProLabReader, ReadsTheEventsOfRealProLab2421Exports) {
  const std::filesystem::path folder = testing::SharedDir() / "data/real/cemGr-ivt-reconstruction";
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << "real data not found at " << folder << ": skipped";
  struct Expected {
    const char* file;
    const char* events;
  };
  for (const Expected& e : {
           Expected{"I-VT-normal Data export_short.tsv",
                    "0 RecordingStart=\n"
                    "1080000 Eye tracker Calibration start=\n"},
           Expected{"I-VT-StrictAverage_frequency120_movingAverageData export_short.tsv",
                    "0 RecordingStart=\n"
                    "1076000 Eye tracker Calibration start=\n"
                    "2381000 MouseEvent=Down, Left\n"
                    "2485000 MouseEvent=Up, Left\n"},
           Expected{"I-VT-rightEye Data export_short.tsv",
                    "0 RecordingStart=\n"
                    "1012000 Eye tracker Calibration start=\n"
                    "5708000 MouseEvent=Down, Left\n"
                    "9156000 MouseEvent=Up, Left\n"
                    "10380000 MouseEvent=Down, Left\n"
                    "11580000 MouseEvent=Up, Left\n"
                    "11644000 Eye tracker Calibration end=\n"
                    "11644000 ImageStimulusStart=chimsky (1)\n"},
       }) {
    std::unique_ptr<ByteSource> source;
    ASSERT_TRUE(OpenFileSource((folder / e.file).string(), &source).ok());
    ReaderOptions options;
    options.chunk_samples = 1;  // each event comes with the sample after it
    ProLabReader reader(std::move(source), options);
    ASSERT_TRUE(reader.Open().ok()) << e.file;
    SampleChunk chunk;
    std::vector<RecordingEvent> events;
    std::int64_t previous_sample_us = -1;
    while (true) {
      const Status s = reader.Next(&chunk);
      ASSERT_TRUE(s.ok()) << s.message();
      if (chunk.empty()) break;
      for (const RecordingEvent& event : chunk.events) {
        constexpr std::int64_t kResolutionUs = 1000;
        if (previous_sample_us >= 0) {
          EXPECT_GE(event.time_us, previous_sample_us - kResolutionUs) << event.name;
        }
        if (!chunk.samples.empty()) {
          EXPECT_LE(event.time_us, chunk.samples.front().time_us + kResolutionUs) << event.name;
        }
        events.push_back(event);
      }
      if (!chunk.samples.empty()) previous_sample_us = chunk.samples.back().time_us;
    }
    EXPECT_EQ(Describe(events), e.events) << e.file;
  }
}

}  // namespace
}  // namespace tobii::io
