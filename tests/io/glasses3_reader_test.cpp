#include "io/glasses3_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "io/json_line.h"
#include "io/recording_format.h"
#include "support/gzip.h"
#include "support/temp_dir.h"

namespace tobii::io {
namespace {

// A whole gaze line at `seconds`: both eyes, gaze at the middle of the
// scene video, the left eye looking a little left and down as the wearer
// sees it (HUCS: x left, y up, z forward).
std::string GazeLine(const std::string& seconds, const std::string& left_pupil = "4.5",
                     const std::string& eyeleft = "") {
  const std::string left =
      eyeleft.empty() ? R"({"gazeorigin":[31.3,-8.4,-33.6],"gazedirection":[0.6,-0.8,0.0],"pupildiameter":)" +
                            left_pupil + "}"
                      : eyeleft;
  return R"({"type":"gaze","timestamp":)" + seconds +
         R"(,"data":{"gaze2d":[0.5,0.25],"gaze3d":[-1.3,-77.2,454.0],)" + R"("eyeleft":)" + left +
         R"(,"eyeright":{"gazeorigin":[-30.7,-8.0,-33.7],"gazedirection":[0.0,0.0,1.0],"pupildiameter":4.75}}})"
         "\n";
}

struct ReadResult {
  Status status;
  std::vector<Sample> samples;
  RecordingInfo info;
  DamageLog damage;
  std::int64_t rows = 0;
  std::vector<std::size_t> chunk_sizes;
};

ReadResult ReadReader(SampleReader* reader) {
  ReadResult result;
  result.status = reader->Open();
  SampleChunk chunk;
  while (result.status.ok()) {
    result.status = reader->Next(&chunk);
    if (chunk.empty()) break;
    result.samples.insert(result.samples.end(), chunk.samples.begin(), chunk.samples.end());
    result.chunk_sizes.push_back(chunk.samples.size());
  }
  result.info = reader->info();
  result.damage = reader->damage();
  result.rows = reader->rows_read();
  return result;
}

// Through the registry, as the study run makes it.
ReadResult Read(const std::string& text, ReaderOptions options = {}) {
  std::unique_ptr<SampleReader> reader =
      MakeSampleReader(RecordingFormat::kGlasses3, StringSource("gazedata", text), options);
  EXPECT_NE(reader, nullptr);
  return ReadReader(reader.get());
}

ReadResult ReadFile(const std::filesystem::path& path, ReaderOptions options = {}) {
  std::unique_ptr<SampleReader> reader;
  ReadResult result;
  result.status = OpenSampleReader(RecordingFormat::kGlasses3, path.string(), options, &reader);
  if (!result.status.ok()) return result;
  return ReadReader(reader.get());
}

TEST(Glasses3Reader, ReadsAGazeLine) {
  const ReadResult r = Read(GazeLine("0.023738"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 1u);
  const Sample& s = r.samples[0];
  // The device's clock is kept: seconds from the start of the scene video.
  EXPECT_EQ(s.time_us, 23738);
  // gaze2d is normalised to the scene camera's 1920 x 1080 image.
  EXPECT_FLOAT_EQ(s.gaze_x_px, 960);
  EXPECT_FLOAT_EQ(s.gaze_y_px, 270);
  ASSERT_TRUE(s.left.valid);
  ASSERT_TRUE(s.right.valid);
  // HUCS (x left, y up, z forward) turned round into the screen frame (x
  // right, y down, z towards the viewer).
  EXPECT_FLOAT_EQ(s.left.gaze_dir_x, -0.6f);
  EXPECT_FLOAT_EQ(s.left.gaze_dir_y, 0.8f);
  EXPECT_FLOAT_EQ(s.left.gaze_dir_z, -0.0f);
  EXPECT_FLOAT_EQ(s.right.gaze_dir_z, -1.0f);
  EXPECT_FLOAT_EQ(s.left.pupil_mm, 4.5f);
  EXPECT_FLOAT_EQ(s.right.pupil_mm, 4.75f);
  // No screen: the gaze origin is not an eye position in front of one.
  EXPECT_TRUE(std::isnan(s.left.eye_z_mm));
  EXPECT_TRUE(r.info.head_mounted);
  EXPECT_EQ(r.info.screen_width_px, kGlasses3SceneWidthPx);
  EXPECT_EQ(r.info.screen_height_px, kGlasses3SceneHeightPx);
  EXPECT_EQ(r.info.participant, "");
  EXPECT_EQ(r.info.recording, "");
  EXPECT_EQ(r.damage.total(), 0);
  EXPECT_EQ(r.rows, 1);
}

TEST(Glasses3Reader, EmptyDataIsASampleWithNoGaze) {
  const ReadResult r = Read(GazeLine("0.02") +
                            R"({"type":"gaze","timestamp":0.04,"data":{}})"
                            "\n" +
                            GazeLine("0.06"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  const Sample& lost = r.samples[1];
  EXPECT_EQ(lost.time_us, 40000);
  EXPECT_FALSE(lost.left.valid);
  EXPECT_FALSE(lost.right.valid);
  EXPECT_TRUE(std::isnan(lost.gaze_x_px));
  EXPECT_TRUE(std::isnan(lost.left.pupil_mm));
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(Glasses3Reader, AnEmptyEyeIsThatEyeLost) {
  const ReadResult r = Read(GazeLine("0.02", "4.5", "{}"));
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_FALSE(r.samples[0].left.valid);
  EXPECT_TRUE(std::isnan(r.samples[0].left.gaze_dir_x));
  EXPECT_TRUE(std::isnan(r.samples[0].left.pupil_mm));
  EXPECT_TRUE(r.samples[0].right.valid);
  EXPECT_FLOAT_EQ(r.samples[0].gaze_x_px, 960);  // the gaze point is still there
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(Glasses3Reader, LinesOfOtherTypesArePassedOver) {
  const ReadResult r =
      Read(GazeLine("0.02") +
           R"({"type":"imu","timestamp":0.021,"data":{"accelerometer":[0.1,-9.8,0.2],"gyroscope":[1,2,3]}})"
           "\n"
           R"({"type":"event","timestamp":0.03,"data":{"tag":"start","object":{}}})"
           "\n" +
           GazeLine("0.04"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[1].time_us, 40000);
  EXPECT_EQ(r.rows, 4);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(Glasses3Reader, ALineThatIsNotJsonCostsTheLine) {
  const ReadResult r = Read(GazeLine("0.02") +
                            R"({"type":"gaze","timestamp":0.04,"data":{"gaze2d":[0.5,)"
                            "\n" +
                            GazeLine("0.06"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[1].time_us, 60000);
  EXPECT_EQ(r.damage.count(Damage::kBadRecord), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kBadRecord)
                .rfind("gazedata:2:1: expected one JSON object per line, found \"{", 0),
            0u)
      << r.damage.first_message(Damage::kBadRecord);
}

TEST(Glasses3Reader, NanIsNotJsonAndCostsItsLine) {
  // Python's json.dumps writes NaN, which is no JSON: the whole line is
  // unreadable, not just its value.
  const ReadResult r = Read(GazeLine("0.02", "NaN") + GazeLine("0.04"));
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.damage.count(Damage::kBadRecord), 1);
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 0);
}

TEST(Glasses3Reader, ALineLongerThanAnyGazeLineCostsTheLine) {
  const std::string long_line =
      R"({"type":"gaze","timestamp":0.04,"data":{},"x":")" + std::string(kMaxJsonLineBytes, 'x') + "\"}\n";
  const ReadResult r = Read(GazeLine("0.02") + long_line + GazeLine("0.06"));
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.damage.count(Damage::kBadRecord), 1);
  EXPECT_NE(r.damage.first_message(Damage::kBadRecord).find("longer than any line of gaze data (65536)"),
            std::string::npos)
      << r.damage.first_message(Damage::kBadRecord);
}

TEST(Glasses3Reader, ALineWithoutWhatASampleNeedsCostsTheLine) {
  const ReadResult r = Read(R"({"timestamp":0.02,"data":{}})"
                            "\n"  // no type
                            R"({"type":"gaze","data":{}})"
                            "\n"  // no timestamp
                            R"({"type":"gaze","timestamp":0.04})"
                            "\n"  // no data
                            R"({"type":"gaze","timestamp":0.04,"data":[1]})"
                            "\n"  // data not an object
                            R"([1,2,3])"
                            "\n" +  // not an object
                            GazeLine("0.06"));
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.damage.count(Damage::kBadRecord), 5);
  EXPECT_EQ(r.rows, 6);
  EXPECT_EQ(r.damage.first_message(Damage::kBadRecord),
            "gazedata:1:1: expected a line with a \"type\", found \"{\"timestamp\":0.02,\"data\":{}}\"");
}

TEST(Glasses3Reader, ATimestampThatIsNotANumberCostsTheLine) {
  const ReadResult r = Read(GazeLine("\"0.02\"") + GazeLine("0.04"));
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.damage.count(Damage::kBadTime), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kBadTime),
            "gazedata:1:16: expected a time in seconds in \"timestamp\", found \"\"0.02\"\"");
}

TEST(Glasses3Reader, AValueThatIsNotANumberCostsItsSample) {
  const ReadResult r = Read(GazeLine("0.02") + GazeLine("0.04", "\"abc\"") + GazeLine("0.06", "null"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  for (int i : {1, 2}) {
    // Kept as lost, so the clock stays whole.
    EXPECT_EQ(r.samples[i].time_us, 20000 * (i + 1));
    EXPECT_FALSE(r.samples[i].left.valid);
    EXPECT_FALSE(r.samples[i].right.valid);
    EXPECT_TRUE(std::isnan(r.samples[i].gaze_x_px));
  }
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 2);
  // The column of the left eye's "pupildiameter".
  const std::string line = GazeLine("0.04", "\"abc\"");
  const std::size_t column = line.find("\"pupildiameter\"") + 1;
  EXPECT_EQ(
      r.damage.first_message(Damage::kBadValue),
      "gazedata:2:" + std::to_string(column) + ": expected a number in \"pupildiameter\", found \"\"abc\"\"");
}

TEST(Glasses3Reader, ADirectionThatIsNoUnitVectorCostsItsSample) {
  const ReadResult r = Read(GazeLine("0.02", "4", R"({"gazedirection":[0,0,0],"pupildiameter":4})") +
                            GazeLine("0.04", "4", R"({"gazedirection":[0,1],"pupildiameter":4})"));
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_FALSE(r.samples[0].right.valid);
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 2);
}

TEST(Glasses3Reader, TimeRunningBackwardsCostsTheLine) {
  const ReadResult r =
      Read(GazeLine("0.02") + GazeLine("0.06") + GazeLine("0.04") + GazeLine("0.06") + GazeLine("0.08"));
  ASSERT_EQ(r.samples.size(), 4u);  // a repeated time is not backwards
  EXPECT_EQ(r.samples[2].time_us, 60000);
  EXPECT_EQ(r.damage.count(Damage::kTimeBackwards), 1);
  EXPECT_EQ(
      r.damage.first_message(Damage::kTimeBackwards),
      "gazedata:3:16: expected a time not before the previous sample's in \"timestamp\", found \"0.04\"");
}

TEST(Glasses3Reader, ACutLastLineIsATruncatedRow) {
  std::string text = GazeLine("0.02") + GazeLine("0.04");
  text.resize(text.size() - 20);
  const ReadResult r = Read(text);
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.damage.count(Damage::kTruncatedLastRow), 1);
}

TEST(Glasses3Reader, ReadsGzipThroughOpenText) {
  const std::string text = GazeLine("0.02") +
                           R"({"type":"gaze","timestamp":0.04,"data":{}})"
                           "\n" +
                           GazeLine("0.06");
  std::unique_ptr<ByteSource> inflated;
  TextForm form;
  ASSERT_TRUE(OpenText(StringSource("gazedata.gz", testing::Gzip(text)), &inflated, &form).ok());
  EXPECT_TRUE(form.gzip);
  Glasses3Reader reader(std::move(inflated));
  const ReadResult r = ReadReader(&reader);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[2].time_us, 60000);
  EXPECT_FALSE(r.samples[1].left.valid);
}

TEST(Glasses3Reader, ChunksAndSampleLimitDoNotChangeTheSamples) {
  std::string text;
  for (int i = 1; i <= 10; ++i) text += GazeLine(std::to_string(i * 0.02));
  ReaderOptions one_at_a_time;
  one_at_a_time.chunk_samples = 3;
  one_at_a_time.buffer_bytes = 64;  // lines longer than the buffer
  const ReadResult r = Read(text, one_at_a_time);
  ASSERT_EQ(r.samples.size(), 10u);
  EXPECT_EQ(r.chunk_sizes, (std::vector<std::size_t>{3, 3, 3, 1}));
  EXPECT_EQ(r.samples[9].time_us, 200000);
  ReaderOptions limited;
  limited.max_samples = 4;
  EXPECT_EQ(Read(text, limited).samples.size(), 4u);
}

TEST(Glasses3Reader, NamesComeFromTheRecordingFolder) {
  testing::TempDir dir;
  const std::filesystem::path folder = dir.path() / "20240301T101010Z";
  testing::WriteText(folder / "gazedata", GazeLine("0.02"));
  testing::WriteText(
      folder / "recording.g3",
      R"({"uuid":"x","name":"Walk 3","meta-folder":"meta","duration":1.5,)"
      R"("scenecamera":{"file":"scenevideo.mp4","camera-calibration":{"resolution":[1280,720]}},)"
      R"("gaze":{"file":"gazedata.gz","samples":1,"valid-samples":1}})");
  testing::WriteText(folder / "meta" / "participant", R"({"name":"P07"})");
  testing::WriteText(folder / "meta" / "RuVersion", "1.29.1+quasar\n");
  const ReadResult r = ReadFile(folder / "gazedata");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.info.recording, "Walk 3");
  EXPECT_EQ(r.info.participant, "P07");
  EXPECT_EQ(r.info.software, "Tobii Pro Glasses 3 1.29.1+quasar");
  // The resolution the recording states wins over the product's.
  EXPECT_EQ(r.info.screen_width_px, 1280);
  EXPECT_EQ(r.info.screen_height_px, 720);
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_FLOAT_EQ(r.samples[0].gaze_x_px, 640);
  EXPECT_FLOAT_EQ(r.samples[0].gaze_y_px, 180);
}

TEST(Glasses3Reader, WithoutMetadataTheNamesAreEmpty) {
  testing::TempDir dir;
  testing::WriteText(dir.path() / "gazedata", GazeLine("0.02"));
  testing::WriteText(dir.path() / "recording.g3", "not json");  // unreadable metadata is no error
  const ReadResult r = ReadFile(dir.path() / "gazedata");
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.info.recording, "");
  EXPECT_EQ(r.info.participant, "");
  EXPECT_EQ(r.info.software, "");
  EXPECT_EQ(r.info.screen_width_px, kGlasses3SceneWidthPx);
  EXPECT_EQ(r.samples.size(), 1u);
}

// Pearson's correlation of two equally long series.
double Correlation(const std::vector<double>& a, const std::vector<double>& b) {
  const double n = static_cast<double>(a.size());
  double ma = 0, mb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) ma += a[i] / n, mb += b[i] / n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  return sab / std::sqrt(saa * sbb);
}

// Real Glasses 3 gaze data (MIT, see ../shared/data/real/MANIFEST.md):
// un-gzipped gazedata, 50 Hz, named .tsv by the repository they came from.
TEST(Glasses3Reader, ReadsRealGlasses3Recordings) {
  const std::filesystem::path folder = testing::SharedDir() / "data/real/kallawalla-glasses3";
  if (!std::filesystem::exists(folder)) GTEST_SKIP() << "real data not found at " << folder << ": skipped";
  struct Expected {
    const char* file;
    std::size_t samples;  // one per line (MANIFEST: 253-1344 lines; wc -l counts 254-1345)
    std::int64_t first_us, last_us;
    std::size_t with_an_eye;  // samples with at least one eye tracked
  };
  const Expected expected[] = {
      {"33d63c40-27fb-4cbe-b181-7b64dfc824fe.tsv", 254, 3646, 5233163, 254},
      {"3467c0b1-e234-455e-b1d0-53561d386f83.tsv", 1345, 16243, 27025109, 1324},
      {"7ece0771-368a-46d3-847e-d226f33054f2.tsv", 483, 1841, 9659313, 458},
      {"d1782a4b-f2fa-43db-bae8-26f56a780b62.tsv", 655, 15352, 13119060, 616},
  };
  for (const Expected& e : expected) {
    SCOPED_TRACE(e.file);
    const ReadResult r = ReadFile(folder / e.file);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(r.damage.total(), 0);
    ASSERT_EQ(r.samples.size(), e.samples);
    EXPECT_EQ(r.samples.front().time_us, e.first_us);
    EXPECT_EQ(r.samples.back().time_us, e.last_us);
    // MANIFEST: 5-27 s at 50 Hz, steps of 0.02 s with a few gaps.
    const double seconds = (e.last_us - e.first_us) / 1e6;
    EXPECT_GT(seconds, 5.0);
    EXPECT_LT(seconds, 27.1);
    std::vector<std::int64_t> steps;
    for (std::size_t i = 1; i < r.samples.size(); ++i)
      steps.push_back(r.samples[i].time_us - r.samples[i - 1].time_us);
    std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
    EXPECT_NEAR(1e6 / steps[steps.size() / 2], 50.0, 0.5);
    const auto tracked = std::count_if(r.samples.begin(), r.samples.end(),
                                       [](const Sample& s) { return s.left.valid || s.right.valid; });
    EXPECT_EQ(static_cast<std::size_t>(tracked), e.with_an_eye);
    EXPECT_GT(static_cast<double>(tracked) / e.samples, 0.9);
    EXPECT_TRUE(r.info.head_mounted);
    EXPECT_EQ(r.info.recording, "");  // no recording.g3 beside these copies

    // After the turn into the screen frame, a gaze point further right (or
    // down) on the scene video goes with a direction further right (or
    // down), and straight ahead is -z. Samples of both eyes, averaged: with
    // one eye lost the relation is far weaker in one of the files.
    std::vector<double> x_px, dir_x, y_px, dir_y;
    double mean_z = 0;
    for (const Sample& s : r.samples) {
      if (!s.left.valid || !s.right.valid) continue;
      x_px.push_back(s.gaze_x_px);
      y_px.push_back(s.gaze_y_px);
      dir_x.push_back(0.5 * (s.left.gaze_dir_x + s.right.gaze_dir_x));
      dir_y.push_back(0.5 * (s.left.gaze_dir_y + s.right.gaze_dir_y));
      mean_z += 0.5 * (s.left.gaze_dir_z + s.right.gaze_dir_z);
    }
    EXPECT_GT(Correlation(x_px, dir_x), 0.9);
    EXPECT_GT(Correlation(y_px, dir_y), 0.9);
    EXPECT_LT(mean_z / static_cast<double>(x_px.size()), -0.8);
  }
}

}  // namespace
}  // namespace tobii::io
