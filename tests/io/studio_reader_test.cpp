// The Tobii Studio reader: every quirk of doc/formats/tobii-studio.md on a
// small text, every kind of damage, and the real exports in ../shared.
#include "io/studio_reader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "io/recording_format.h"
#include "io/sniff.h"
#include "support/temp_dir.h"

namespace tobii::io {
namespace {

// A Studio 3.x Data Export cut down to the columns that matter, with the
// trailing tab (an empty last header name) Studio writes.
const std::string kHeader3 =
    "ParticipantName\tRecordingName\tStudioVersionRec\tRecordingResolution\tRecordingTimestamp\t"
    "EyeTrackerTimestamp\tKeyPressEvent\tStudioEvent\tStudioEventData\tMouseEvent\t"
    "GazePointLeftX (ADCSpx)\tGazePointLeftY (ADCSpx)\tGazePointRightX (ADCSpx)\tGazePointRightY (ADCSpx)\t"
    "GazePointX (ADCSpx)\tGazePointY (ADCSpx)\tGazePointLeftX (ADCSmm)\tGazePointLeftY (ADCSmm)\t"
    "EyePosLeftX (ADCSmm)\tEyePosLeftY (ADCSmm)\tEyePosLeftZ (ADCSmm)\tDistanceLeft\tPupilLeft\tPupilRight\t"
    "ValidityLeft\tValidityRight\t\n";

// A gaze row of the export above: ms on the recording clock, µs on the
// tracker's.
std::string Sample3(int ms, long long us, const std::string& left_x = "500",
                    const std::string& pupil = "3.50", const std::string& validity_left = "0",
                    const std::string& validity_right = "0", const std::string& recording = "Rec 01") {
  return "P01\t" + recording + "\t3.4.5\t1920 x 1080\t" + std::to_string(ms) + "\t" + std::to_string(us) +
         "\t\t\t\t\t" + left_x +
         "\t400\t510\t402\t505\t401\t133.50\t105.20\t210.90\t52.30\t555.00\t556.30\t" + pupil + "\t" + pupil +
         "\t" + validity_left + "\t" + validity_right + "\t\n";
}

// An event row of the export above: no tracker time, no gaze.
std::string Event3(const std::string& ms, const std::string& key, const std::string& studio,
                   const std::string& data, const std::string& mouse) {
  return "P01\tRec 01\t3.4.5\t1920 x 1080\t" + ms + "\t\t" + key + "\t" + studio + "\t" + data + "\t" +
         mouse + std::string(17, '\t') + "\n";
}

// A Studio 1.x/2.x All-Data export cut down the same way.
const std::string kHeader2 =
    "Timestamp\tNumber\tGazePointXLeft\tGazePointYLeft\tDistanceLeft\tPupilLeft\tValidityLeft\t"
    "GazePointXRight\tGazePointYRight\tDistanceRight\tPupilRight\tValidityRight\tGazePointX\tGazePointY\t"
    "Event\tEventKey\tDescriptor\tMicroSecondTimestamp\t\n";

std::string Sample2(int ms, long long us, const std::string& left_x = "408,1478",
                    const std::string& pupil = "3,712476", const std::string& validity_left = "0",
                    const std::string& validity_right = "0", const std::string& left_y = "532,7814",
                    const std::string& combined = "421\t524") {
  return std::to_string(ms) + "\t7\t" + left_x + "\t" + left_y + "\t657,7838\t" + pupil + "\t" +
         validity_left + "\t434,6056\t515,4943\t649,6001\t" + pupil + "\t" + validity_right + "\t" +
         combined + "\t\t\t\t" + std::to_string(us) + "\t\n";
}

std::string Event2(const std::string& ms, const std::string& event, const std::string& key,
                   const std::string& descriptor) {
  std::string row = ms;
  row.append(14, '\t');
  row += event + "\t" + key + "\t" + descriptor + "\t\t\n";
  return row;
}

// The preamble of a Studio 2.x All-Data export (Human-AI-Interaction-UBC/
// EMDAT's P63-All-Data.tsv, shortened): 15 lines before the header.
const std::string kPreamble =
    "System Properties:\n"
    "Operating System:\t Microsoft Windows NT 5.1.2600 Service Pack 2\n"
    "\n"
    "Data properties:\n"
    "\n"
    "Recording name:\t Rec 62\n"
    "Recording date:\t 27/09/2011\n"
    "Recording resolution:\t 1280 x 1024\n"
    "\n"
    "Participant:\t P106\n"
    "Participant properties:\n"
    "\n"
    "Filter settings:\n"
    "Validity: Normal\n"
    "\n";
constexpr int kPreambleLines = 15;

std::string Describe(const std::vector<RecordingEvent>& events) {
  std::string out;
  for (const RecordingEvent& e : events)
    out += std::to_string(e.time_us) + " " + e.name + "=" + e.value + "\n";
  return out;
}

std::string Crlf(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

struct ReadResult {
  Status status;
  std::vector<Sample> samples;
  std::vector<RecordingEvent> events;
  RecordingInfo info;
  DamageLog damage;
  std::int64_t rows = 0;
};

ReadResult ReadReader(SampleReader* reader) {
  ReadResult result;
  result.status = reader->Open();
  SampleChunk chunk;
  while (result.status.ok()) {
    result.status = reader->Next(&chunk);
    if (chunk.empty()) break;
    result.samples.insert(result.samples.end(), chunk.samples.begin(), chunk.samples.end());
    result.events.insert(result.events.end(), chunk.events.begin(), chunk.events.end());
  }
  result.info = reader->info();
  result.damage = reader->damage();
  result.rows = reader->rows_read();
  return result;
}

ReadResult Read(const std::string& text, ReaderOptions options = {}) {
  StudioReader reader(StringSource("rec.tsv", text), options);
  return ReadReader(&reader);
}

TEST(StudioReader, TheRegistryMakesItForStudioExports) {
  std::unique_ptr<SampleReader> reader =
      MakeSampleReader(RecordingFormat::kTobiiStudio, StringSource("rec.tsv", kHeader3 + Sample3(5, 1000)));
  ASSERT_NE(reader, nullptr);
  const ReadResult r = ReadReader(reader.get());
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 1u);
}

TEST(StudioReader, Studio3SamplesRunOnTheTrackerClockAnchoredOnTheRecordingClock) {
  const std::string text = kHeader3 + Sample3(5, 123210798) +
                           Event3("9", "", "InstructionStart", "Instruction Element", "") +
                           Sample3(14, 123219121) + Event3("20", "Space", "", "", "") +
                           Event3("21", "", "", "", "Left") + Sample3(22, 123227452);
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[0].time_us, 5000);
  EXPECT_EQ(r.samples[1].time_us, 5000 + 8323);
  EXPECT_EQ(r.samples[2].time_us, 5000 + 16654);
  EXPECT_EQ(Describe(r.events),
            "9000 InstructionStart=Instruction Element\n"
            "20000 KeyPress=Space\n"
            "21000 MouseEvent=Left\n");
  EXPECT_EQ(r.rows, 6);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(StudioReader, Studio3ColumnsMapToTheSample) {
  const ReadResult r = Read(kHeader3 + Sample3(5, 1000));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  const Sample& s = r.samples.at(0);
  EXPECT_FLOAT_EQ(s.gaze_x_px, 505);
  EXPECT_FLOAT_EQ(s.gaze_y_px, 401);
  EXPECT_FLOAT_EQ(s.left.gaze_x_px, 500);
  EXPECT_FLOAT_EQ(s.left.gaze_y_px, 400);
  EXPECT_FLOAT_EQ(s.right.gaze_x_px, 510);
  EXPECT_FLOAT_EQ(s.left.gaze_x_mm, 133.5f);
  EXPECT_FLOAT_EQ(s.left.gaze_y_mm, 105.2f);
  EXPECT_FLOAT_EQ(s.left.eye_x_mm, 210.9f);
  EXPECT_FLOAT_EQ(s.left.eye_y_mm, 52.3f);
  EXPECT_FLOAT_EQ(s.left.eye_z_mm, 555.0f);  // the eye position, not DistanceLeft (556.30)
  EXPECT_FLOAT_EQ(s.left.pupil_mm, 3.5f);
  EXPECT_FLOAT_EQ(s.right.pupil_mm, 3.5f);
  EXPECT_TRUE(s.left.valid);
  EXPECT_TRUE(s.right.valid);
  EXPECT_EQ(r.info.participant, "P01");
  EXPECT_EQ(r.info.recording, "Rec 01");
  EXPECT_EQ(r.info.software, "Tobii Studio 3.4.5");
  EXPECT_EQ(r.info.screen_width_px, 1920);
  EXPECT_EQ(r.info.screen_height_px, 1080);
  EXPECT_EQ(r.info.decimal_mark, '.');
}

TEST(StudioReader, ValidityCodesZeroAndOneAreValid) {
  struct Case {
    const char* left;
    const char* right;
    bool left_valid;
    bool right_valid;
  };
  for (const Case& c :
       {Case{"0", "0", true, true}, Case{"1", "3", true, false}, Case{"3", "1", false, true},
        Case{"2", "4", false, false}, Case{"0", "4", true, false}, Case{"4", "4", false, false}}) {
    const ReadResult r = Read(kHeader3 + Sample3(5, 1000, "500", "3.50", c.left, c.right));
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    ASSERT_EQ(r.samples.size(), 1u);
    EXPECT_EQ(r.samples[0].left.valid, c.left_valid) << c.left << " " << c.right;
    EXPECT_EQ(r.samples[0].right.valid, c.right_valid) << c.left << " " << c.right;
    EXPECT_EQ(r.damage.total(), 0);
  }
}

TEST(StudioReader, AnEyeNotFoundKeepsNoValues) {
  // Code 4: Studio fills the eye's cells with sentinels or stale values.
  const ReadResult r = Read(kHeader3 + Sample3(5, 1000, "500", "3.50", "4", "2"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  const Sample& s = r.samples.at(0);
  EXPECT_TRUE(std::isnan(s.left.gaze_x_px));
  EXPECT_TRUE(std::isnan(s.left.gaze_x_mm));
  EXPECT_TRUE(std::isnan(s.left.eye_z_mm));
  EXPECT_TRUE(std::isnan(s.left.pupil_mm));
  // Code 2 is a measurement of an eye that cannot be told: kept, not valid.
  EXPECT_FLOAT_EQ(s.right.gaze_x_px, 510);
  EXPECT_FALSE(s.right.valid);
  // With neither eye valid, there is no combined gaze point.
  EXPECT_TRUE(std::isnan(s.gaze_x_px));
}

TEST(StudioReader, AnUnknownValidityCodeCostsTheSample) {
  for (const char* bad : {"5", "-1", "x", "0.5", "04"}) {
    const ReadResult r =
        Read(kHeader3 + Sample3(5, 1000) + Sample3(14, 9000, "500", "3.50", bad, "0") + Sample3(22, 17000));
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    ASSERT_EQ(r.samples.size(), 3u) << bad;
    EXPECT_EQ(r.samples[1].time_us, 13000);
    EXPECT_FALSE(r.samples[1].left.valid);
    EXPECT_FALSE(r.samples[1].right.valid);
    EXPECT_TRUE(std::isnan(r.samples[1].left.gaze_x_px));
    EXPECT_TRUE(r.samples[2].left.valid);
    EXPECT_EQ(r.damage.count(Damage::kBadValue), 1) << bad;
  }
  const ReadResult r = Read(kHeader3 + Sample3(5, 1000, "500", "3.50", "7", "0"));
  const std::string row = Sample3(5, 1000, "500", "3.50", "7", "0");
  const std::size_t column = row.find("\t7\t") + 2;
  EXPECT_EQ(r.damage.first_message(Damage::kBadValue),
            "rec.tsv:2:" + std::to_string(column) +
                ": expected a validity code 0 to 4 in \"ValidityLeft\", found \"7\"");
}

TEST(StudioReader, MinusOneMeansNoPupilAndNoDistance) {
  const ReadResult r3 = Read(kHeader3 + Sample3(5, 1000, "500", "-1.00"));
  ASSERT_TRUE(r3.status.ok()) << r3.status.message();
  EXPECT_TRUE(r3.samples.at(0).left.valid);  // the X3-120 often gives gaze without a pupil
  EXPECT_TRUE(std::isnan(r3.samples[0].left.pupil_mm));
  EXPECT_TRUE(std::isnan(r3.samples[0].right.pupil_mm));

  std::string row = Sample2(1, 1489);
  row.replace(row.find("657,7838"), 8, "-1");
  const ReadResult r2 = Read(kHeader2 + row);
  ASSERT_TRUE(r2.status.ok()) << r2.status.message();
  EXPECT_TRUE(std::isnan(r2.samples.at(0).left.eye_z_mm));
  EXPECT_FLOAT_EQ(r2.samples[0].right.eye_z_mm, 649.6001f);
}

TEST(StudioReader, Studio2AllDataWithoutPreamble) {
  const std::string text = kHeader2 + Sample2(1, 1489) + Event2("183", "ImageStart", "8", "Augenblicke.jpg") +
                           Sample2(21, 21470) + Event2("5060", "KeyPress", "4", "Space");
  const ReadResult r = Read(Crlf(text));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[0].time_us, 1000);
  EXPECT_EQ(r.samples[1].time_us, 1000 + 21470 - 1489);
  const Sample& s = r.samples[0];
  EXPECT_FLOAT_EQ(s.left.gaze_x_px, 408.1478f);
  EXPECT_FLOAT_EQ(s.left.gaze_y_px, 532.7814f);
  EXPECT_FLOAT_EQ(s.right.gaze_x_px, 434.6056f);
  EXPECT_FLOAT_EQ(s.gaze_x_px, 421);
  EXPECT_FLOAT_EQ(s.left.pupil_mm, 3.712476f);
  // DistanceLeft stands in for the eye's z; 1.x/2.x give no x and y.
  EXPECT_FLOAT_EQ(s.left.eye_z_mm, 657.7838f);
  EXPECT_TRUE(std::isnan(s.left.eye_x_mm));
  EXPECT_TRUE(std::isnan(s.left.gaze_x_mm));
  EXPECT_TRUE(s.left.valid && s.right.valid);
  EXPECT_EQ(Describe(r.events), "183000 ImageStart=Augenblicke.jpg\n5060000 KeyPress=Space\n");
  EXPECT_EQ(r.info.decimal_mark, ',');
  EXPECT_EQ(r.info.software, "Tobii Studio");  // 1.x/2.x do not say which version
  EXPECT_TRUE(r.info.participant.empty());
  EXPECT_EQ(r.info.screen_width_px, 0);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(StudioReader, ThePreambleGivesNamesAndResolutionAndLineNumbersStayTrue) {
  const std::string text = kPreamble + kHeader2 + Event2("0", "ScreenRecStarted", "8192", "") +
                           Sample2(606995, 606994606, "-1280", "-1", "4", "4", "-1024", "0\t0") +
                           Sample2(607011, 607011232, "1x", "3,7");
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.info.participant, "P106");
  EXPECT_EQ(r.info.recording, "Rec 62");
  EXPECT_EQ(r.info.screen_width_px, 1280);
  EXPECT_EQ(r.info.screen_height_px, 1024);
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(Describe(r.events), "0 ScreenRecStarted=\n");
  // The bad cell is on the file's line 19: 15 preamble lines, the header,
  // the event row, the first sample.
  EXPECT_EQ(r.damage.first_message(Damage::kBadValue),
            "rec.tsv:" + std::to_string(kPreambleLines + 4) +
                ":10: expected a number in \"GazePointXLeft\", found \"1x\"");
}

TEST(StudioReader, MinusTheScreenSizeIsNoGazePoint) {
  // Studio 2.x writes -1280, -1024 (minus the resolution) for an eye not
  // found, and 0, 0 for the average of no eye.
  const ReadResult lost =
      Read(kPreamble + kHeader2 + Sample2(0, 0, "-1280", "-1", "4", "4", "-1024", "0\t0"));
  ASSERT_TRUE(lost.status.ok()) << lost.status.message();
  const Sample& s = lost.samples.at(0);
  EXPECT_TRUE(std::isnan(s.left.gaze_x_px));
  EXPECT_TRUE(std::isnan(s.left.gaze_y_px));
  EXPECT_TRUE(std::isnan(s.left.pupil_mm));
  EXPECT_TRUE(std::isnan(s.left.eye_z_mm));
  EXPECT_TRUE(std::isnan(s.gaze_x_px));
  EXPECT_TRUE(std::isnan(s.gaze_y_px));

  // The sentinel is never data, whatever the code beside it, once the
  // resolution is known...
  const ReadResult coded = Read(kPreamble + kHeader2 + Sample2(0, 0, "-1280", "3,1", "0", "0", "-1024"));
  ASSERT_TRUE(coded.status.ok()) << coded.status.message();
  EXPECT_TRUE(std::isnan(coded.samples.at(0).left.gaze_x_px));
  EXPECT_TRUE(std::isnan(coded.samples[0].left.gaze_y_px));
  EXPECT_FLOAT_EQ(coded.samples[0].right.gaze_x_px, 434.6056f);

  // ...while a gaze point a little off the screen is a measurement.
  const ReadResult off = Read(kPreamble + kHeader2 + Sample2(0, 0, "-20,5", "3,1", "0", "0", "-3"));
  ASSERT_TRUE(off.status.ok()) << off.status.message();
  EXPECT_FLOAT_EQ(off.samples.at(0).left.gaze_x_px, -20.5f);
  EXPECT_FLOAT_EQ(off.samples[0].left.gaze_y_px, -3);
}

TEST(StudioReader, PreambleWithoutHeaderFailsToOpen) {
  const ReadResult ends = Read(kPreamble);
  ASSERT_FALSE(ends.status.ok());
  EXPECT_EQ(ends.status.message(),
            "rec.tsv:" + std::to_string(kPreambleLines + 1) +
                ":1: expected a Tobii Studio header row after the preamble, found the end of "
                "the file");

  const ReadResult foreign = Read(kPreamble + "1\t2\t3\n" + kHeader2);
  ASSERT_FALSE(foreign.status.ok());
  EXPECT_EQ(foreign.status.message(), "rec.tsv:" + std::to_string(kPreambleLines + 1) +
                                          ":1: expected a Tobii Studio header row (Timestamp or "
                                          "RecordingTimestamp, ValidityLeft, ...), found "
                                          "\"1\\x092\\x093\"");

  std::string long_preamble;
  for (int i = 0; i < 200; ++i) long_preamble += "Key " + std::to_string(i) + ":\t value\n";
  EXPECT_TRUE(Read(long_preamble + kHeader2 + Sample2(0, 0)).status.ok());
  const ReadResult too_long = Read(long_preamble + "One more:\t value\n" + kHeader2 + Sample2(0, 0));
  ASSERT_FALSE(too_long.status.ok());
  EXPECT_NE(too_long.status.message().find("rec.tsv:201:1: expected a Tobii Studio header row"),
            std::string::npos)
      << too_long.status.message();

  const ReadResult empty = Read("");
  ASSERT_FALSE(empty.status.ok());
  EXPECT_EQ(empty.status.message(), "rec.tsv:1:1: expected a header row, found an empty file");
}

// The reader passes over a preamble by the sniffer's rule (io/sniff.h):
// what the sniffer takes for a Studio export opens, and what it does not
// take for one fails.
TEST(StudioReader, PreambleRuleIsTheSniffers) {
  // "key: value" with a space, as in 2.x's Fixation-Data preamble.
  const std::string spaced =
      "Filter settings:\nEye: Average\nValidity: Normal\n\n" + kHeader2 + Sample2(0, 0);
  EXPECT_EQ(SniffPrefix(spaced, true).kind, FileKind::kRecording);
  const ReadResult opened = Read(spaced);
  ASSERT_TRUE(opened.status.ok()) << opened.status.message();
  EXPECT_EQ(opened.samples.size(), 1u);

  // A line with a tab before its colon is no preamble line.
  const std::string foreign = "Notes\tfrom: the lab\n" + kHeader2 + Sample2(0, 0);
  EXPECT_NE(SniffPrefix(foreign, true).kind, FileKind::kRecording);
  const ReadResult refused = Read(foreign);
  ASSERT_FALSE(refused.status.ok());
  EXPECT_NE(refused.status.message().find("rec.tsv:1:1: expected a Tobii Studio header row"),
            std::string::npos)
      << refused.status.message();
}

TEST(StudioReader, ExportsWithoutSamplesAreNamed) {
  const ReadResult r =
      Read(kPreamble + "Timestamp\tEvent\tEventKey\tData1\tData2\tDescriptor\t\n0\tLogData\t\t\t\t\t\n");
  ASSERT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find(
                "rec.tsv:16:1: expected a Tobii Studio header row of gaze samples, found a Tobii "
                "Studio Event-Data export"),
            std::string::npos)
      << r.status.message();
}

TEST(StudioReader, QuotedCellsAndHeaderNamesAreUnquoted) {
  // Studio 1.x's J07.csv: tab-separated, every text cell and name quoted.
  const std::string text =
      "\"Timestamp\"\t\"DateTimeStamp\"\t\"GazePointXLeft\"\t\"GazePointYLeft\"\t\"ValidityLeft\"\t"
      "\"GazePointXRight\"\t\"GazePointYRight\"\t\"ValidityRight\"\t\"Event\"\t\"Descriptor\"\t"
      "\"MicroSecondTimestamp\"\n"
      "35919\t\"15:38:33.044\"\t68,49\t344,57\t0\t87,23\t355,98\t0\t\t\t35918887\n"
      "35930\t\t\t\t\t\t\t\t\"LogData\"\t\"say \"\"hi\"\"\"\t\n"
      "35939\t\"15:38:33.064\"\t79,96\t343,75\t\"0\"\t72,75\t345,78\t0\t\t\t35938916\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[1].time_us, 35919000 + 35938916 - 35918887);
  EXPECT_FLOAT_EQ(r.samples[1].left.gaze_x_px, 79.96f);
  EXPECT_TRUE(r.samples[1].left.valid);
  EXPECT_EQ(Describe(r.events), "35930000 LogData=say \"hi\"\n");

  StudioReader reader(StringSource("rec.tsv", text));
  ASSERT_TRUE(reader.Open().ok());
  EXPECT_EQ(reader.columns().ignored, std::vector<std::string>{"DateTimeStamp"});
}

TEST(StudioReader, ByteOrderMarkCrlfAndTrailingTabAreAccepted) {
  const ReadResult r = Read("\xEF\xBB\xBF" + Crlf(kHeader3 + Sample3(5, 1000) + Sample3(14, 9333)));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_TRUE(r.samples[1].right.valid);  // "0\r" would be damage
  EXPECT_EQ(r.info.participant, "P01");   // the BOM is not part of the first name
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(StudioReader, ABadNumberCostsItsSampleWhichIsKeptAsLost) {
  const ReadResult r = Read(kHeader3 + Sample3(5, 1000) + Sample3(14, 9000, "5O1") + Sample3(22, 17000));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_FALSE(r.samples[1].left.valid);
  EXPECT_TRUE(std::isnan(r.samples[1].gaze_x_px));
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 1);
  const std::string row = Sample3(14, 9000, "5O1");
  EXPECT_EQ(r.damage.first_message(Damage::kBadValue),
            "rec.tsv:3:" + std::to_string(row.find("5O1") + 1) +
                ": expected a number in \"GazePointLeftX (ADCSpx)\", found \"5O1\"");
}

TEST(StudioReader, ABadTimeCostsItsRowAndItsEvents) {
  std::string bad = Sample3(14, 9000);
  bad.replace(bad.find("\t14\t"), 4, "\t1x4\t");
  const ReadResult r =
      Read(kHeader3 + Sample3(5, 1000) + bad + Event3("", "", "URLStart", "x", "") + Sample3(22, 17000));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_TRUE(r.events.empty());
  EXPECT_EQ(r.damage.count(Damage::kBadTime), 2);
  EXPECT_EQ(r.damage.first_message(Damage::kBadTime),
            "rec.tsv:3:" + std::to_string(bad.find("1x4") + 1) +
                ": expected a time in \"RecordingTimestamp\", found \"1x4\"");
}

TEST(StudioReader, AShortRowCostsTheRow) {
  const ReadResult r = Read(kHeader2 + Sample2(1, 1000) + "21\t8\t400\n" + Sample2(41, 41000));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.rows, 3);
  EXPECT_EQ(r.damage.count(Damage::kShortRow), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kShortRow),
            "rec.tsv:3:9: expected at least 18 tab-separated fields, found 3");
}

TEST(StudioReader, ATruncatedLastRowCostsTheRow) {
  std::string text = kHeader2 + Sample2(1, 1000) + Sample2(21, 21000);
  text.resize(text.size() - 2);  // cut after the last row's microseconds: its empty last field is gone
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.damage.count(Damage::kTruncatedLastRow), 1);
  EXPECT_NE(r.damage.first_message(Damage::kTruncatedLastRow).find("rec.tsv:3:"), std::string::npos);
  EXPECT_NE(r.damage.first_message(Damage::kTruncatedLastRow).find("expected 19 fields, found 18"),
            std::string::npos)
      << r.damage.first_message(Damage::kTruncatedLastRow);

  // A whole last row without its line end is whole.
  std::string whole = kHeader2 + Sample2(1, 1000) + Sample2(21, 21000);
  whole.pop_back();
  const ReadResult w = Read(whole);
  EXPECT_EQ(w.samples.size(), 2u);
  EXPECT_EQ(w.damage.total(), 0);
}

TEST(StudioReader, ASampleTimedBeforeTheOneBeforeCostsItsRow) {
  const ReadResult r =
      Read(kHeader2 + Sample2(1, 1000) + Sample2(21, 21000) + Sample2(11, 11000) + Sample2(41, 41000));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[2].time_us, 41000);
  const std::string row = Sample2(11, 11000);
  EXPECT_EQ(
      r.damage.first_message(Damage::kTimeBackwards),
      "rec.tsv:4:" + std::to_string(row.find("\t11000") + 2) +
          ": expected a time not before the previous sample's in \"MicroSecondTimestamp\", found \"11000\"");
}

TEST(StudioReader, MissingColumnsAndCommaSeparatedHeadersFailToOpen) {
  const ReadResult no_validity = Read("Timestamp\tGazePointXLeft\tGazePointYLeft\tValidityLeft\n");
  ASSERT_FALSE(no_validity.status.ok());
  EXPECT_EQ(no_validity.status.message(),
            "rec.tsv:1:1: expected a column \"ValidityRight\", found none among the 4 columns of the header");

  const ReadResult no_gaze = Read("Timestamp\tGazePointXLeft\tValidityLeft\tValidityRight\n");
  ASSERT_FALSE(no_gaze.status.ok());
  EXPECT_NE(no_gaze.status.message().find("expected a column pair of gaze points"), std::string::npos)
      << no_gaze.status.message();

  const ReadResult commas =
      Read("Timestamp,GazePointXLeft,GazePointYLeft,ValidityLeft,ValidityRight\n1,2,3,0,0\n");
  ASSERT_FALSE(commas.status.ok());
  EXPECT_NE(commas.status.message().find("rec.tsv:1:1: expected tab-separated column names"),
            std::string::npos)
      << commas.status.message();
}

TEST(StudioReader, AnExportOfSeveralRecordingsIsSplit) {
  std::string text = kHeader3;
  for (int i = 0; i < 4; ++i) text += Sample3(5 + 8 * i, 1000 + 8333 * i, std::to_string(i));
  for (int i = 0; i < 3; ++i)
    text += Sample3(5 + 8 * i, 1000 + 8333 * i, std::to_string(10 + i), "3.50", "0", "0", "Rec 02");
  StudioReader scanner(StringSource("rec.tsv", text));
  ASSERT_TRUE(scanner.Open().ok());
  std::vector<RecordingSelector> parts;
  ASSERT_TRUE(scanner.ListRecordings(&parts).ok());
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[1].participant, "P01");
  EXPECT_EQ(parts[1].recording, "Rec 02");
  EXPECT_EQ(parts[1].first_line, 6);

  std::string participant, recording;
  scanner.RowNames(Sample3(5, 1000, "1", "3.50", "0", "0", "Rec 02"), &participant, &recording);
  EXPECT_EQ(recording, "Rec 02");

  const std::size_t expected[] = {4, 3};
  for (std::size_t p = 0; p < parts.size(); ++p) {
    ReaderOptions options;
    options.select = parts[p];
    options.buffer_bytes = 64;  // so that the skip passes the buffer
    const ReadResult r = Read(text, options);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    ASSERT_EQ(r.samples.size(), expected[p]);
    EXPECT_EQ(r.info.recording, parts[p].recording);
    EXPECT_FLOAT_EQ(r.samples[0].left.gaze_x_px, p == 0 ? 0 : 10);
  }

  // Read as one, the second recording's rows are an error, not more samples.
  const ReadResult whole = Read(text);
  ASSERT_FALSE(whole.status.ok());
  EXPECT_NE(
      whole.status.message().find("expected the rows of recording \"Rec 01\" of participant \"P01\" only"),
      std::string::npos)
      << whole.status.message();
}

TEST(StudioReader, OneRecordingPerFileListsNone) {
  StudioReader reader(StringSource("rec.tsv", kPreamble + kHeader2 + Sample2(0, 0)));
  ASSERT_TRUE(reader.Open().ok());
  std::vector<RecordingSelector> parts;
  ASSERT_TRUE(reader.ListRecordings(&parts).ok());
  EXPECT_TRUE(parts.empty());
}

TEST(StudioReader, ColumnsUsedAndIgnoredAreListed) {
  StudioReader reader(StringSource("rec.tsv",
                                   "ExportDate\tRecordingTimestamp\tGazePointX (ADCSpx)\t"
                                   "GazePointY (ADCSpx)\tGazePointX (MCSpx)\tValidityLeft\t"
                                   "ValidityRight\tCamLeftX\t\n"));
  ASSERT_TRUE(reader.Open().ok());
  const ColumnReport columns = reader.columns();
  EXPECT_EQ(columns.used, (std::vector<std::string>{"RecordingTimestamp", "GazePointX (ADCSpx)",
                                                    "GazePointY (ADCSpx)", "ValidityLeft", "ValidityRight"}));
  EXPECT_EQ(columns.ignored, (std::vector<std::string>{"ExportDate", "GazePointX (MCSpx)", "CamLeftX"}));
}

TEST(StudioReader, SameSamplesAndEventsForAnyBufferAndChunkSize) {
  std::string text = kPreamble + kHeader2;
  for (int i = 0; i < 300; ++i) {
    text += Sample2(i * 20, 1489 + i * 20011LL, std::to_string(i % 97) + ",5");
    if (i % 7 == 0) text += Event2(std::to_string(i * 20 + 3), "KeyPress", "4", "Key " + std::to_string(i));
  }
  const ReadResult reference = Read(text);
  ASSERT_TRUE(reference.status.ok()) << reference.status.message();
  ASSERT_EQ(reference.samples.size(), 300u);
  ASSERT_EQ(reference.events.size(), 43u);
  for (std::size_t buffer : {200, 333, 4096}) {
    for (std::size_t chunk : {1, 7, 4096}) {
      ReaderOptions options;
      options.buffer_bytes = buffer;
      options.chunk_samples = chunk;
      const ReadResult r = Read(text, options);
      ASSERT_TRUE(r.status.ok()) << r.status.message();
      ASSERT_EQ(r.samples.size(), reference.samples.size());
      for (std::size_t i = 0; i < r.samples.size(); ++i) {
        ASSERT_EQ(r.samples[i].time_us, reference.samples[i].time_us);
        ASSERT_FLOAT_EQ(r.samples[i].left.gaze_x_px, reference.samples[i].left.gaze_x_px);
      }
      EXPECT_EQ(Describe(r.events), Describe(reference.events)) << buffer << " " << chunk;
    }
  }
}

TEST(StudioReader, AClockThatRestartsFailsTheRecordingOnceMostRowsAreLost) {
  std::string text = kHeader2;
  for (int i = 0; i < 50; ++i) text += Sample2(1000 + i * 20, 1000000 + i * 20000LL);
  for (int i = 0; i < 50; ++i) text += Sample2(i * 20, i * 20000LL);
  StudioReader reader(StringSource("rec.tsv", text));
  ASSERT_TRUE(reader.Open().ok());
  SampleChunk chunk;
  while (reader.Next(&chunk).ok() && !chunk.empty()) {
  }
  EXPECT_EQ(reader.damage().count(Damage::kTimeBackwards), 50);
  EXPECT_FALSE(reader.damage().CheckTolerable(reader.rows_read()).ok());
}

// The real Tobii Studio exports of ../shared/data/real (MANIFEST.md): each
// read whole, with what the MANIFEST says of it.
struct RealFile {
  const char* path;
  std::int64_t rows;         // data rows (MANIFEST: lines - header - preamble)
  std::int64_t samples;      // rows with a validity code
  std::int64_t with_an_eye;  // samples with at least one eye of code 0 or 1
  std::size_t events;        // event cells
  double interval_us;        // the tracker's sampling interval
  double duration_s;         // first to last sample
  char decimal_mark;
  const char* participant;
  const char* recording;
  int width_px;
  int height_px;
  const char* software;
};

TEST(StudioReader, ReadsEveryRealStudioExport) {
  const std::filesystem::path real = testing::SharedDir() / "data/real";
  if (!std::filesystem::exists(real / "d2lab-tobii-studio")) {
    GTEST_SKIP() << "real data not found at " << real << ": skipped";
  }
  const RealFile files[] = {
      // Studio 3.4.5, X3-120: 120 Hz, 24.3 s, 1920 x 1080; 10 event rows.
      {"d2lab-tobii-studio/data.tsv", 2920, 2910, 2483 + 119 + 115, 10, 1e6 / 120, 24.24, '.', "P01",
       "Rec 01", 1920, 1080, "Tobii Studio 3.4.5"},
      // Studio 1.x/2.x All-Data without preamble: 50 Hz, decimal comma.
      {"fhp-tobii-studio-legacy/Rec 01.tsv", 255, 252, 252, 3, 1e6 / 50, 5.02, ',', "", "", 0, 0,
       "Tobii Studio"},
      {"fhp-tobii-studio-legacy/Rec 04-All-Data-2stimuli.tsv", 1237, 1231, 1185 + 22 + 1, 6, 1e6 / 50, 24.56,
       ',', "", "", 0, 0, "Tobii Studio"},
      {"fhp-tobii-studio-legacy/J07.csv", 617, 617, 617, 0, 1e6 / 50, 12.28, ',', "", "", 0, 0,
       "Tobii Studio"},
      // Studio 2.x with a 33-line preamble; its 8 samples all lost (code 4,
      // sentinels), at ~60 Hz; no number has a decimal mark.
      {"emdat-tobii-studio2/P63-All-Data.tsv", 10, 8, 0, 2, 1e6 / 60, 0.117, 0, "P106", "Rec 62", 1280, 1024,
       "Tobii Studio"},
  };
  for (const RealFile& f : files) {
    SCOPED_TRACE(f.path);
    std::unique_ptr<SampleReader> reader;
    ASSERT_TRUE(OpenSampleReader(RecordingFormat::kTobiiStudio, (real / f.path).string(), {}, &reader).ok());
    const ReadResult r = ReadReader(reader.get());
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(r.damage.total(), 0);
    EXPECT_EQ(r.rows, f.rows);
    ASSERT_EQ(static_cast<std::int64_t>(r.samples.size()), f.samples);
    std::int64_t with_an_eye = 0, with_a_gaze_point = 0;
    for (const Sample& s : r.samples) {
      with_an_eye += s.left.valid || s.right.valid;
      with_a_gaze_point += IsPresent(s.left.gaze_x_px) || IsPresent(s.right.gaze_x_px);
    }
    EXPECT_EQ(with_an_eye, f.with_an_eye);
    // Codes 0 and 4 only in these files: every eye found has its gaze point.
    EXPECT_EQ(with_a_gaze_point, f.with_an_eye);
    EXPECT_EQ(r.events.size(), f.events);
    const double duration_us = static_cast<double>(r.samples.back().time_us - r.samples.front().time_us);
    const double interval = duration_us / static_cast<double>(r.samples.size() - 1);
    EXPECT_NEAR(interval, f.interval_us, 0.02 * f.interval_us);
    EXPECT_NEAR(duration_us / 1e6, f.duration_s, 0.01);
    EXPECT_EQ(r.info.decimal_mark, f.decimal_mark);
    EXPECT_EQ(r.info.participant, f.participant);
    EXPECT_EQ(r.info.recording, f.recording);
    EXPECT_EQ(r.info.screen_width_px, f.width_px);
    EXPECT_EQ(r.info.screen_height_px, f.height_px);
    EXPECT_EQ(r.info.software, f.software);
    for (std::size_t i = 1; i < r.samples.size(); ++i)
      ASSERT_GT(r.samples[i].time_us, r.samples[i - 1].time_us);
    std::printf("%s: %zu samples, %.1f %% with an eye, %.1f Hz, %.2f s\n", f.path, r.samples.size(),
                100.0 * static_cast<double>(with_an_eye) / static_cast<double>(r.samples.size()),
                1e6 / interval, duration_us / 1e6);
  }
}

// The sentinels of the real files never reach the samples as data.
TEST(StudioReader, RealSentinelsAreMissing) {
  const std::filesystem::path real = testing::SharedDir() / "data/real";
  if (!std::filesystem::exists(real / "d2lab-tobii-studio")) {
    GTEST_SKIP() << "real data not found at " << real << ": skipped";
  }
  for (const char* path :
       {"d2lab-tobii-studio/data.tsv", "fhp-tobii-studio-legacy/Rec 04-All-Data-2stimuli.tsv",
        "emdat-tobii-studio2/P63-All-Data.tsv"}) {
    SCOPED_TRACE(path);
    std::unique_ptr<SampleReader> reader;
    ASSERT_TRUE(OpenSampleReader(RecordingFormat::kTobiiStudio, (real / path).string(), {}, &reader).ok());
    const ReadResult r = ReadReader(reader.get());
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    std::int64_t pupils = 0;
    for (const Sample& s : r.samples) {
      for (const EyeData* eye : {&s.left, &s.right}) {
        if (IsPresent(eye->pupil_mm)) {
          ++pupils;
          EXPECT_GT(eye->pupil_mm, 0);
        }
        if (IsPresent(eye->eye_z_mm)) {
          EXPECT_GT(eye->eye_z_mm, 0);
        }
        if (IsPresent(eye->gaze_x_px)) {
          EXPECT_GT(eye->gaze_x_px, -1000);
        }
        if (!eye->valid) {
          EXPECT_FALSE(IsPresent(eye->gaze_x_px));  // codes 0 and 4 only: an eye not valid was not found
        }
      }
      if (!s.left.valid && !s.right.valid) {
        EXPECT_FALSE(IsPresent(s.gaze_x_px));
      }
    }
    if (std::string(path).starts_with("d2lab")) {
      // 1755 of its 2920 rows write -1.00 for both pupils: 1717 eyes found
      // have a pupil (counted from the file: code below 4, pupil above 0).
      EXPECT_EQ(pupils, 1717);
    }
  }
}

}  // namespace
}  // namespace tobii::io
