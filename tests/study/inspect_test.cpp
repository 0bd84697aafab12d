#include "tobii/inspect.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;

using testing::WriteText;

// A small Pro Lab export: two columns the reader passes over (Computer
// timestamp, Eye movement type), the eye tracker's microsecond clock, a
// decimal comma.
const std::string kHeader =
    "Recording timestamp [ms]\tComputer timestamp [ms]\tSensor\tParticipant name\tRecording name\t"
    "Eyetracker timestamp [\xCE\xBCs]\tEvent\tGaze point X [DACS px]\tGaze point Y [DACS px]\tValidity left\t"
    "Validity right\tEye movement type\n";

constexpr int kStepUs = 4000;  // 250 Hz

std::string Row(int i, bool left, bool right, const std::string& x = "100,5", const std::string& participant = "P01",
                const std::string& recording = "R01") {
  return std::to_string(i * kStepUs / 1000) + "\t" + std::to_string(900000 + i * 4) + "\tEye Tracker\t" + participant +
         "\t" + recording + "\t" + std::to_string(5000000 + i * kStepUs) + "\t\t" + x + "\t200,25\t" +
         (left ? "Valid" : "Invalid") + "\t" + (right ? "Valid" : "Invalid") + "\tFixation\n";
}

// Eleven samples at 250 Hz: the left eye lost in samples 2 and 3, the
// right in 3, 4 and 5 (both in 3); an event row and a mouse row.
std::string SmallExport() {
  std::string text = kHeader + "0\t900000\t\tP01\tR01\t\tRecordingStart\t\t\t\t\t\n";
  for (int i = 0; i <= 10; ++i) {
    text += Row(i, i != 2 && i != 3, i < 3 || i > 5);
    if (i == 4) text += "17\t900017\tMouse\tP01\tR01\t\t\t\t\t\t\t\n";
  }
  return text;
}

FileInspection Inspect(const fs::path& path) {
  FileInspection inspection;
  const Status s = InspectFile(path.string(), &inspection);
  EXPECT_TRUE(s.ok()) << s.message();
  return inspection;
}

TEST(Inspect, ASmallExportGivesItsRateDurationSamplesAndValidity) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv", SmallExport());
  const FileInspection f = Inspect(dir.path() / "rec.tsv");
  EXPECT_TRUE(f.opened);
  EXPECT_TRUE(f.read());
  EXPECT_EQ(f.kind, "recording");
  EXPECT_EQ(f.sniffed.format, io::RecordingFormat::kProLab);
  EXPECT_EQ(io::DescribeTextForm(f.sniffed.form), "UTF-8");
  EXPECT_TRUE(f.not_read.empty());
  ASSERT_EQ(f.recordings.size(), 1u);
  const RecordingInspection& r = f.recordings[0];
  EXPECT_EQ(r.info.participant, "P01");
  EXPECT_EQ(r.info.recording, "R01");
  EXPECT_EQ(r.info.decimal_mark, ',');
  EXPECT_FALSE(r.info.head_mounted);
  EXPECT_TRUE(r.error.empty()) << r.error;
  EXPECT_TRUE(r.damage.empty());
  EXPECT_EQ(r.figures.samples, 11);
  EXPECT_EQ(r.figures.rows, 13);  // and the event and mouse rows
  EXPECT_EQ(r.figures.median_step_us, kStepUs);
  EXPECT_NEAR(r.figures.rate_hz, 250.0, 1e-9);
  EXPECT_NEAR(r.figures.duration_s, 0.040, 1e-12);
  EXPECT_NEAR(r.figures.valid_share, 10.0 / 11, 1e-12);
  EXPECT_NEAR(r.figures.left_valid_share, 9.0 / 11, 1e-12);
  EXPECT_NEAR(r.figures.right_valid_share, 8.0 / 11, 1e-12);
  EXPECT_EQ(f.totals.samples, 11);
  EXPECT_NEAR(f.totals.rate_hz, 250.0, 1e-9);
  EXPECT_EQ(f.columns.used,
            (std::vector<std::string>{"Recording timestamp [ms]", "Sensor", "Participant name", "Recording name",
                                      "Eyetracker timestamp [\xCE\xBCs]", "Event", "Gaze point X [DACS px]",
                                      "Gaze point Y [DACS px]", "Validity left", "Validity right"}));
  EXPECT_EQ(f.columns.ignored, (std::vector<std::string>{"Computer timestamp [ms]", "Eye movement type"}));
  EXPECT_TRUE(f.Problems().empty());
}

// Why the rate is the analysis's estimate and not 1e6 / median step: on a
// clock logged in whole milliseconds, 300 Hz steps 3, 3 and 4 ms; the
// median step is 3 ms (333 Hz), the mean of the regular steps 3.33 ms.
TEST(Inspect, AMillisecondClockStillGivesTheRate) {
  testing::TempDir dir;
  std::string text = "Recording timestamp [ms]\tGaze point X\tGaze point Y\tValidity left\tValidity right\n";
  constexpr int kSamples = 301;
  for (int i = 0; i < kSamples; ++i) {
    text += std::to_string(static_cast<int>(std::lround(i * 1000.0 / 300))) + "\t1.5\t2\tValid\tInvalid\n";
  }
  WriteText(dir.path() / "ms.tsv", text);
  const FileInspection f = Inspect(dir.path() / "ms.tsv");
  ASSERT_EQ(f.recordings.size(), 1u);
  const SampleFigures& figures = f.recordings[0].figures;
  EXPECT_EQ(figures.samples, kSamples);
  EXPECT_EQ(figures.median_step_us, 3000);
  EXPECT_NEAR(figures.rate_hz, 300.0, 0.5);
  EXPECT_NEAR(figures.duration_s, 1.0, 1e-12);
  EXPECT_EQ(f.recordings[0].info.decimal_mark, '.');
  EXPECT_NEAR(figures.left_valid_share, 1.0, 1e-12);
  EXPECT_NEAR(figures.right_valid_share, 0.0, 1e-12);
  EXPECT_TRUE(f.recordings[0].info.participant.empty());
}

TEST(Inspect, DamageIsSummarisedAndTheRestIsRead) {
  testing::TempDir dir;
  std::string text = kHeader;
  for (int i = 0; i < 10; ++i) text += Row(i, true, true);
  text += "x\t1\tEye Tracker\tP01\tR01\t5040000\t\t1\t2\tValid\tValid\tFixation\n";  // line 12: a bad time
  text += Row(10, true, true, "abc");                                              // line 13: a bad value
  text += "44\t1\tEye Tracker\tP01\n";                                              // line 14: short
  text += Row(11, true, true);
  const fs::path path = dir.path() / "damaged.tsv";
  WriteText(path, text);
  const FileInspection f = Inspect(path);
  ASSERT_EQ(f.recordings.size(), 1u);
  const RecordingInspection& r = f.recordings[0];
  EXPECT_TRUE(r.error.empty()) << r.error;  // three flaws in fourteen rows: still used
  EXPECT_EQ(r.figures.samples, 12);         // the bad value's sample kept, as lost
  EXPECT_NEAR(r.figures.valid_share, 11.0 / 12, 1e-12);
  ASSERT_EQ(r.damage.size(), 3u);
  EXPECT_EQ(r.damage[0], "1 sample kept as lost: a value that is not a number or not a known code (first: " +
                             path.string() + ":13:" + std::to_string(Row(10, true, true, "abc").find("abc") + 1) +
                             ": expected a number in \"Gaze point X [DACS px]\", found \"abc\")");
  EXPECT_EQ(r.damage[1], "1 row skipped: a time that is not a number (first: " + path.string() +
                             ":12:1: expected a time in \"Recording timestamp [ms]\", found \"x\")");
  EXPECT_EQ(r.damage[2].rfind("1 row skipped: fewer fields than the header (first: " + path.string() + ":14:", 0), 0u)
      << r.damage[2];
  EXPECT_EQ(f.Problems(), r.damage);
}

TEST(Inspect, DamagePastItsLimitSaysTheRecordingIsNotUsed) {
  testing::TempDir dir;
  std::string text = kHeader;
  for (int i = 0; i < 5; ++i) text += Row(i, true, true);
  for (int i = 0; i < 25; ++i) text += "x\t1\tEye Tracker\tP01\tR01\t1\t\t1\t2\tValid\tValid\tFixation\n";
  WriteText(dir.path() / "bad.tsv", text);
  const FileInspection f = Inspect(dir.path() / "bad.tsv");
  ASSERT_EQ(f.recordings.size(), 1u);
  EXPECT_TRUE(f.read());  // read, and found wanting
  EXPECT_EQ(f.recordings[0].figures.samples, 5);
  EXPECT_NE(f.recordings[0].error.find("(25 of 30 rows damaged, more than 20 %: the recording is not used)"),
            std::string::npos)
      << f.recordings[0].error;
  EXPECT_EQ(f.Problems().size(), 2u);  // the damage, and the verdict
}

TEST(Inspect, AnExportWithoutSamplesSaysSo) {
  testing::TempDir dir;
  WriteText(dir.path() / "empty.tsv", kHeader + "0\t900000\t\tP01\tR01\t\tRecordingStart\t\t\t\t\t\n");
  const FileInspection f = Inspect(dir.path() / "empty.tsv");
  ASSERT_EQ(f.recordings.size(), 1u);
  EXPECT_EQ(f.recordings[0].figures.samples, 0);
  EXPECT_TRUE(std::isnan(f.recordings[0].figures.rate_hz));
  EXPECT_TRUE(std::isnan(f.recordings[0].figures.duration_s));
  EXPECT_EQ(f.recordings[0].figures.median_step_us, -1);
  EXPECT_EQ(f.recordings[0].error, (dir.path() / "empty.tsv").string() + ": expected gaze samples, found none among its 1 rows");
}

TEST(Inspect, AnExportItsReaderCannotOpenIsNotReadAndSaysWhy) {
  testing::TempDir dir;
  // Pro Lab by its header, but without the validity columns the reader needs.
  WriteText(dir.path() / "novalidity.tsv", "Recording timestamp [ms]\tGaze point X\tGaze point Y\n0\t1\t2\n");
  const FileInspection f = Inspect(dir.path() / "novalidity.tsv");
  EXPECT_EQ(f.kind, "recording");
  EXPECT_FALSE(f.read());
  EXPECT_TRUE(f.recordings.empty());
  EXPECT_EQ(f.not_read, (dir.path() / "novalidity.tsv").string() +
                            ":1:1: expected a column \"Validity left\", found none among the 3 columns of the header");
  EXPECT_EQ(f.Problems(), std::vector<std::string>{f.not_read});
}

TEST(Inspect, AnExportOfSeveralRecordingsIsReadOneByOne) {
  testing::TempDir dir;
  std::string text = kHeader;
  for (int i = 0; i < 5; ++i) text += Row(i, true, true, "1", "P01", "R01");
  for (int i = 0; i < 9; ++i) text += Row(i, i % 3 != 0, true, "1", "P02", "R02");
  WriteText(dir.path() / "project.tsv", text);
  const FileInspection f = Inspect(dir.path() / "project.tsv");
  ASSERT_EQ(f.recordings.size(), 2u);
  EXPECT_EQ(f.recordings[0].info.participant, "P01");
  EXPECT_EQ(f.recordings[0].figures.samples, 5);
  EXPECT_NEAR(f.recordings[0].figures.duration_s, 0.016, 1e-12);
  EXPECT_EQ(f.recordings[1].info.participant, "P02");
  EXPECT_EQ(f.recordings[1].info.recording, "R02");
  EXPECT_EQ(f.recordings[1].figures.samples, 9);
  EXPECT_NEAR(f.recordings[1].figures.left_valid_share, 6.0 / 9, 1e-12);
  // The totals: no step across the two recordings' clocks.
  EXPECT_EQ(f.totals.samples, 14);
  EXPECT_EQ(f.totals.rows, 14);
  EXPECT_NEAR(f.totals.duration_s, 0.016 + 0.032, 1e-12);
  EXPECT_NEAR(f.totals.rate_hz, 250.0, 1e-9);
  EXPECT_NEAR(f.totals.left_valid_share, 11.0 / 14, 1e-12);
}

// UTF-16 text with a byte order mark, as a spreadsheet saves "Unicode text".
TEST(Inspect, TheTextFormIsNamed) {
  testing::TempDir dir;
  const std::string utf8 = SmallExport();
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    unsigned code = static_cast<unsigned char>(utf8[i]);
    if (code >= 0x80) code = ((code & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);  // the header's µ
    utf16 += static_cast<char>(code & 0xFF);
    utf16 += static_cast<char>(code >> 8);
  }
  WriteText(dir.path() / "unicode.tsv", utf16);
  const FileInspection f = Inspect(dir.path() / "unicode.tsv");
  EXPECT_EQ(io::DescribeTextForm(f.sniffed.form), "UTF-16 LE");
  ASSERT_EQ(f.recordings.size(), 1u);
  EXPECT_EQ(f.recordings[0].figures.samples, 11);
  EXPECT_NEAR(f.recordings[0].figures.rate_hz, 250.0, 1e-9);
  EXPECT_EQ(f.columns.used.size(), 10u);  // the microsecond clock's name decoded whole
}

TEST(Inspect, OtherFilesSayWhatTheyAreAndWhyTheyAreNotRead) {
  testing::TempDir dir;
  WriteText(dir.path() / "participants.tsv", "participant_id\tgroup\nP01\tPatient\n");
  WriteText(dir.path() / "notes.txt", "remember the calibration\n");
  WriteText(dir.path() / "nothing.tsv", "");
  WriteText(dir.path() / "book.xlsx", std::string("PK\x03\x04", 4) + "....xl/workbook.xml");
  const FileInspection participants = Inspect(dir.path() / "participants.tsv");
  EXPECT_EQ(participants.kind, "participants table");
  EXPECT_FALSE(participants.read());
  EXPECT_EQ(participants.not_read, "a participants table: a run takes the groups from it; it holds no gaze samples");
  EXPECT_TRUE(participants.Problems().empty());
  const FileInspection notes = Inspect(dir.path() / "notes.txt");
  EXPECT_EQ(notes.kind, "other");
  EXPECT_EQ(notes.not_read, "text of no format tobii-pipeline reads");
  EXPECT_EQ(Inspect(dir.path() / "nothing.tsv").not_read, "an empty file");
  const FileInspection book = Inspect(dir.path() / "book.xlsx");
  EXPECT_EQ(book.kind, "unreadable");
  EXPECT_NE(book.not_read.find("an Excel workbook"), std::string::npos);
  EXPECT_EQ(book.Problems().size(), 1u);  // meant as data, and not readable as it is
  // The study's own tables: the AOI file known by its name, as a run knows it.
  WriteText(dir.path() / "AOIs.toml", "[[aoi]]\nname = \"eyes\"\n");
  const FileInspection aois = Inspect(dir.path() / "AOIs.toml");
  EXPECT_EQ(aois.kind, "AOI definitions");
  EXPECT_EQ(aois.not_read,
            "the study's AOI definitions: a run hit-tests the gaze against them; it holds no gaze samples");
  WriteText(dir.path() / "times.csv", "recording,interval,start_ms,end_ms\nRecording1,task,0,1000\n");
  EXPECT_EQ(Inspect(dir.path() / "times.csv").kind, "interval table");
}

TEST(Inspect, AFileThatCannotBeOpenedFailsAndSaysSo) {
  FileInspection f;
  EXPECT_FALSE(InspectFile("/nonexistent/rec.tsv", &f).ok());
  EXPECT_FALSE(f.opened);
  EXPECT_FALSE(f.read());
  EXPECT_NE(f.not_read.find("/nonexistent/rec.tsv"), std::string::npos) << f.not_read;
  EXPECT_EQ(f.Problems().size(), 1u);
}

TEST(Inspect, AFolderIsWalkedAsARunWalksAStudy) {
  testing::TempDir dir;
  WriteText(dir.path() / "rec.tsv", SmallExport());
  WriteText(dir.path() / "sub" / "participants.tsv", "participant_id\tgroup\nP01\tPatient\n");
  WriteText(dir.path() / ".hidden.tsv", SmallExport());
  fs::create_symlink(dir.path() / "gone.tsv", dir.path() / "dangling.tsv");
  std::vector<FileInspection> files;
  ASSERT_TRUE(InspectFolder(dir.path(), &files).ok());
  ASSERT_EQ(files.size(), 4u);
  EXPECT_EQ(files[0].path, (dir.path() / ".hidden.tsv").string());
  EXPECT_EQ(files[0].not_read, "hidden");
  EXPECT_FALSE(files[0].judged);
  EXPECT_EQ(files[1].path, (dir.path() / "dangling.tsv").string());
  EXPECT_FALSE(files[1].opened);
  EXPECT_NE(files[1].not_read.find("a symbolic link to nothing"), std::string::npos) << files[1].not_read;
  EXPECT_EQ(files[2].path, (dir.path() / "rec.tsv").string());
  EXPECT_TRUE(files[2].read());
  EXPECT_EQ(files[2].totals.samples, 11);
  EXPECT_EQ(files[3].path, (dir.path() / "sub" / "participants.tsv").string());
  EXPECT_EQ(files[3].kind, "participants table");
  EXPECT_FALSE(InspectFolder(dir.path() / "missing", &files).ok());
}

// Real Pro Lab 24.21 exports (MIT, see ../shared/data/real/MANIFEST.md):
// 5000 data rows each, the eye tracker's rows among them counted with
// `awk -F'\t' '$3 == "Eye Tracker"'` (the Pro Lab reader reads the same).
TEST(Inspect, RealProLabExportsGiveTheirRatesAndCounts) {
  const fs::path folder = testing::SharedDir() / "data/real/cemGr-ivt-reconstruction";
  if (!fs::exists(folder)) GTEST_SKIP() << "real data not found at " << folder << ": skipped";
  struct Expected {
    const char* file;
    double rate_hz;  // MANIFEST.md: 300 Hz (3333 µs steps), 120 Hz (8333 µs)
    std::int64_t samples;
    double duration_s;  // last eyetracker timestamp - first
    double left_valid_share;
  };
  for (const Expected& e : {Expected{"I-VT-normal Data export_short.tsv", 300, 4860, 16.197508, 0.984156},
                            Expected{"I-VT-StrictAverage_frequency120_movingAverageData export_short.tsv", 120, 4910,
                                     40.908313, 0.837271},
                            Expected{"I-VT-rightEye Data export_short.tsv", 300, 4872, 16.241651, 0.0}}) {
    const FileInspection f = Inspect(folder / e.file);
    ASSERT_TRUE(f.read()) << e.file << ": " << f.not_read;
    ASSERT_EQ(f.recordings.size(), 1u) << e.file;
    const RecordingInspection& r = f.recordings[0];
    EXPECT_TRUE(r.error.empty()) << r.error;
    EXPECT_TRUE(r.damage.empty()) << e.file;
    EXPECT_NEAR(r.figures.rate_hz, e.rate_hz, 0.01 * e.rate_hz) << e.file;
    EXPECT_EQ(r.figures.samples, e.samples) << e.file;
    EXPECT_EQ(r.figures.rows, 5000) << e.file;
    EXPECT_NEAR(r.figures.duration_s, e.duration_s, 1e-6) << e.file;
    EXPECT_NEAR(r.figures.left_valid_share, e.left_valid_share, 1e-6) << e.file;
    EXPECT_EQ(r.info.participant, "Alex");
    EXPECT_EQ(r.info.software, "Tobii Pro Lab 24.21.435");
    EXPECT_EQ(r.info.decimal_mark, ',');
    EXPECT_EQ(r.info.screen_width_px, 1920);
    EXPECT_EQ(r.info.screen_height_px, 1080);
    EXPECT_EQ(f.columns.used.size() + f.columns.ignored.size(), 101u);  // MANIFEST.md: 101 columns
  }
}

}  // namespace
}  // namespace tobii::study
