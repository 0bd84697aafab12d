#include "io/pro_sdk_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "io/recording_format.h"
#include "support/temp_dir.h"
#include "tobii/settings.h"

namespace tobii::io {
namespace {

// The GazeData keys in the order of the real file's header (a Python
// dict's order), `;`-separated.
const std::vector<std::string> kKeys = {"right_pupil_validity",
                                        "right_gaze_point_on_display_area",
                                        "left_gaze_origin_validity",
                                        "system_time_stamp",
                                        "right_gaze_origin_in_user_coordinate_system",
                                        "left_gaze_point_in_user_coordinate_system",
                                        "left_gaze_origin_in_user_coordinate_system",
                                        "left_pupil_validity",
                                        "right_pupil_diameter",
                                        "left_gaze_origin_in_trackbox_coordinate_system",
                                        "right_gaze_point_in_user_coordinate_system",
                                        "left_pupil_diameter",
                                        "right_gaze_origin_validity",
                                        "left_gaze_point_validity",
                                        "right_gaze_point_validity",
                                        "left_gaze_point_on_display_area",
                                        "right_gaze_origin_in_trackbox_coordinate_system",
                                        "device_time_stamp"};

// One GazeData callback's values, by key.
struct GazeRow {
  std::string device = "491999899";
  std::string system = "1.56466617033e+15";
  std::string left_display = "(0.25, 0.5)";
  std::string right_display = "(0.75, 0.5)";
  // Eyes 600 mm in front of the tracker, looking at points on a plane
  // through it.
  std::string left_origin = "(-30.0, 100.0, 600.0)";
  std::string right_origin = "(30.0, 100.0, 600.0)";
  std::string left_point = "(-30.0, 100.0, 0.0)";  // straight ahead
  std::string right_point = "(30.0, 400.0, 300.0)";  // up 300, forward 300: 45 degrees up
  std::string left_pupil = "3.25";
  std::string right_pupil = "3.5";
  std::string left_point_validity = "1", right_point_validity = "1";
  std::string left_origin_validity = "1", right_origin_validity = "1";
  std::string left_pupil_validity = "1", right_pupil_validity = "1";
  std::string trackbox = "(0.5, 0.5, 0.5)";

  std::string Value(const std::string& key) const {
    if (key == "device_time_stamp") return device;
    if (key == "system_time_stamp") return system;
    if (key == "left_gaze_point_on_display_area") return left_display;
    if (key == "right_gaze_point_on_display_area") return right_display;
    if (key == "left_gaze_origin_in_user_coordinate_system") return left_origin;
    if (key == "right_gaze_origin_in_user_coordinate_system") return right_origin;
    if (key == "left_gaze_point_in_user_coordinate_system") return left_point;
    if (key == "right_gaze_point_in_user_coordinate_system") return right_point;
    if (key == "left_pupil_diameter") return left_pupil;
    if (key == "right_pupil_diameter") return right_pupil;
    if (key == "left_gaze_point_validity") return left_point_validity;
    if (key == "right_gaze_point_validity") return right_point_validity;
    if (key == "left_gaze_origin_validity") return left_origin_validity;
    if (key == "right_gaze_origin_validity") return right_origin_validity;
    if (key == "left_pupil_validity") return left_pupil_validity;
    if (key == "right_pupil_validity") return right_pupil_validity;
    return trackbox;
  }
};

GazeRow At(long long device_us) {
  GazeRow row;
  row.device = std::to_string(device_us);
  return row;
}

std::string Join(const std::vector<std::string>& cells, const std::string& delimiter) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i > 0 ? delimiter : "") + cells[i];
  return out;
}

// A file as the EMDAT script wrote it: `;`, lines ended "\r\r\n", the last
// without a line end.
std::string SdkFile(const std::vector<GazeRow>& rows, const std::string& delimiter = ";",
                    const std::vector<std::string>& keys = kKeys, const std::string& line_end = "\r\r\n",
                    bool quote_tuples = false) {
  std::string text = Join(keys, delimiter);
  for (const GazeRow& row : rows) {
    std::vector<std::string> cells;
    for (const std::string& key : keys) {
      std::string cell = row.Value(key);
      if (quote_tuples && cell.starts_with("(")) cell = "\"" + cell + "\"";
      cells.push_back(cell);
    }
    text += line_end + Join(cells, delimiter);
  }
  return text;
}

struct ReadResult {
  Status status;
  std::vector<Sample> samples;
  RecordingInfo info;
  DamageLog damage;
  std::int64_t rows = 0;
};

ReadResult Read(const std::string& text, ReaderOptions options = {}) {
  ProSdkReader reader(StringSource("gaze.csv", text), options);
  ReadResult result;
  result.status = reader.Open();
  SampleChunk chunk;
  while (result.status.ok()) {
    result.status = reader.Next(&chunk);
    if (chunk.empty()) break;
    result.samples.insert(result.samples.end(), chunk.samples.begin(), chunk.samples.end());
  }
  result.info = reader.info();
  result.damage = reader.damage();
  result.rows = reader.rows_read();
  return result;
}

// Where the reader places normalised points: the analysis's default
// screen (tobii/settings.h).
const ScreenGeometry kScreen{};

TEST(ProSdkReader, ReadsTheGazeDataOfEachRow) {
  const ReadResult r = Read(SdkFile({At(491999899), At(492011003)}));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.samples[0].time_us, 0);
  EXPECT_EQ(r.samples[1].time_us, 11104);
  const Sample& s = r.samples[0];
  EXPECT_TRUE(s.left.valid);
  EXPECT_TRUE(s.right.valid);
  EXPECT_FLOAT_EQ(s.left.gaze_x_px, 0.25f * static_cast<float>(kScreen.width_px));
  EXPECT_FLOAT_EQ(s.left.gaze_y_px, 0.5f * static_cast<float>(kScreen.height_px));
  EXPECT_FLOAT_EQ(s.right.gaze_x_px, 0.75f * static_cast<float>(kScreen.width_px));
  EXPECT_FLOAT_EQ(s.left.pupil_mm, 3.25f);
  EXPECT_FLOAT_EQ(s.right.pupil_mm, 3.5f);
  // No combined point and no eye position in the screen's frame.
  EXPECT_TRUE(std::isnan(s.gaze_x_px));
  EXPECT_TRUE(std::isnan(s.left.eye_z_mm));
  EXPECT_TRUE(std::isnan(s.left.gaze_x_mm));
  // The file says nothing of the screen or of names.
  EXPECT_EQ(r.info.screen_width_px, 0);
  EXPECT_EQ(r.info.screen_height_px, 0);
  EXPECT_FALSE(r.info.head_mounted);
  EXPECT_TRUE(r.info.participant.empty());
  EXPECT_TRUE(r.info.recording.empty());
  EXPECT_EQ(r.info.decimal_mark, '.');
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(ProSdkReader, DirectionsRunFromGazeOriginToGazePointInTheScreenFrame) {
  const ReadResult r = Read(SdkFile({At(0)}));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  const Sample& s = r.samples[0];
  // Straight at the tracker's plane: (0, 0, -1) in both frames.
  EXPECT_NEAR(s.left.gaze_dir_x, 0, 1e-6);
  EXPECT_NEAR(s.left.gaze_dir_y, 0, 1e-6);
  EXPECT_NEAR(s.left.gaze_dir_z, -1, 1e-6);
  // 45 degrees up in UCS (y up) is 45 degrees towards negative y on the
  // screen (y down).
  EXPECT_NEAR(s.right.gaze_dir_x, 0, 1e-6);
  EXPECT_NEAR(s.right.gaze_dir_y, -std::sqrt(0.5), 1e-6);
  EXPECT_NEAR(s.right.gaze_dir_z, -std::sqrt(0.5), 1e-6);
}

TEST(ProSdkReader, ColumnsAreFoundByKeyInAnyOrderWithAnyDelimiter) {
  const std::vector<std::string> reversed(kKeys.rbegin(), kKeys.rend());
  GazeRow row = At(1000);
  row.left_display = "(0.1, 0.2)";
  for (const std::string delimiter : {";", ",", "\t"}) {
    for (bool quoted : {false, true}) {
      for (const std::vector<std::string>* keys : {&kKeys, &reversed}) {
        const ReadResult r = Read(SdkFile({row, At(2000)}, delimiter, *keys, "\r\r\n", quoted));
        ASSERT_TRUE(r.status.ok()) << r.status.message();
        ASSERT_EQ(r.samples.size(), 2u) << "delimiter " << int(delimiter[0]) << " quoted " << quoted;
        EXPECT_FLOAT_EQ(r.samples[0].left.gaze_x_px, 0.1f * static_cast<float>(kScreen.width_px));
        EXPECT_FLOAT_EQ(r.samples[0].left.gaze_y_px, 0.2f * static_cast<float>(kScreen.height_px));
        EXPECT_EQ(r.samples[1].time_us, 1000);
        EXPECT_EQ(r.damage.total(), 0) << r.damage.Summaries()[0];
      }
    }
  }
}

TEST(ProSdkReader, EveryLineEndIsAccepted) {
  for (const std::string end : {"\r\r\n", "\r\n", "\n"}) {
    std::string text = SdkFile({At(0), At(11104), At(22208)}, ";", kKeys, end) + end;  // a final line end too
    const ReadResult r = Read(text);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    EXPECT_EQ(r.samples.size(), 3u);
    EXPECT_TRUE(r.samples[2].right.valid);  // "1\r" would not be a validity
    EXPECT_EQ(r.damage.total(), 0);
  }
}

TEST(ProSdkReader, CoordinatesInColumnsOfTheirOwnAreRead) {
  // A script that wrote each coordinate in a column of its own.
  const std::string text =
      "device_time_stamp,system_time_stamp,left_gaze_point_on_display_area_x,left_gaze_point_on_display_area_y,"
      "left_gaze_point_validity,left_pupil_diameter,left_pupil_validity,right_gaze_point_on_display_area_x,"
      "right_gaze_point_on_display_area_y,right_gaze_point_validity,right_pupil_diameter,right_pupil_validity\n"
      "1000,1.5e15,0.5,0.25,1,3.0,1,nan,nan,0,nan,0\n";
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 1u);
  EXPECT_FLOAT_EQ(r.samples[0].left.gaze_x_px, 0.5f * static_cast<float>(kScreen.width_px));
  EXPECT_FLOAT_EQ(r.samples[0].left.gaze_y_px, 0.25f * static_cast<float>(kScreen.height_px));
  EXPECT_TRUE(r.samples[0].left.valid);
  EXPECT_FALSE(r.samples[0].right.valid);
  // Without the gaze origin and point in UCS there is no direction: angles
  // come from the screen geometry of the settings.
  EXPECT_TRUE(std::isnan(r.samples[0].left.gaze_dir_x));
}

TEST(ProSdkReader, NanIsWhatTheTrackerDidNotMeasure) {
  GazeRow lost = At(11104);
  lost.right_display = "(nan, nan)";
  lost.right_point = lost.right_origin = "(nan, nan, nan)";
  lost.right_pupil = "nan";
  lost.right_point_validity = lost.right_origin_validity = lost.right_pupil_validity = "0";
  const ReadResult r = Read(SdkFile({At(0), lost}));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  ASSERT_EQ(r.samples.size(), 2u);
  EXPECT_TRUE(r.samples[1].left.valid);
  EXPECT_FALSE(r.samples[1].right.valid);
  EXPECT_TRUE(std::isnan(r.samples[1].right.gaze_x_px));
  EXPECT_TRUE(std::isnan(r.samples[1].right.pupil_mm));
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(ProSdkReader, ValidityCodesDecideEachEyeAndPupil) {
  GazeRow row = At(0);
  row.left_point_validity = "0";  // values present, but the tracker does not vouch for them
  row.right_pupil_validity = "0";
  const ReadResult r = Read(SdkFile({row}));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_FALSE(r.samples[0].left.valid);
  EXPECT_TRUE(r.samples[0].right.valid);
  EXPECT_TRUE(std::isnan(r.samples[0].right.pupil_mm));
  EXPECT_FLOAT_EQ(r.samples[0].left.pupil_mm, 3.25f);

  // Python's bools are read as the codes they stand for.
  row = At(0);
  row.left_point_validity = "False";
  row.right_point_validity = "True";
  const ReadResult bools = Read(SdkFile({row}));
  ASSERT_TRUE(bools.status.ok());
  EXPECT_FALSE(bools.samples[0].left.valid);
  EXPECT_TRUE(bools.samples[0].right.valid);
}

TEST(ProSdkReader, AnEyeWithoutAValidGazeOriginIsNotTracked) {
  // Its direction cannot be measured, and one made up from an assumed
  // screen would jump against the measured ones around it.
  GazeRow row = At(0);
  row.left_origin_validity = "0";
  const ReadResult r = Read(SdkFile({row}));
  ASSERT_TRUE(r.status.ok());
  EXPECT_FALSE(r.samples[0].left.valid);
  EXPECT_TRUE(r.samples[0].right.valid);
  EXPECT_EQ(r.damage.total(), 0);
}

TEST(ProSdkReader, SystemTimeInScientificNotationIsPassedOver) {
  GazeRow row = At(5000);
  row.system = "1.56466617034e+15";
  const ReadResult r = Read(SdkFile({At(0), row}));
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.samples[1].time_us, 5000);  // the device clock
  EXPECT_EQ(r.damage.total(), 0);
  ProSdkReader reader(StringSource("gaze.csv", SdkFile({})));
  ASSERT_TRUE(reader.Open().ok());
  const ColumnReport columns = reader.columns();
  EXPECT_EQ(columns.used.size(), 15u);
  EXPECT_EQ(columns.ignored, (std::vector<std::string>{"system_time_stamp",
                                                       "left_gaze_origin_in_trackbox_coordinate_system",
                                                       "right_gaze_origin_in_trackbox_coordinate_system"}));
}

TEST(ProSdkReader, MissingRequiredColumnNamesIt) {
  std::vector<std::string> keys = kKeys;
  std::erase(keys, "right_gaze_point_validity");
  const ReadResult r = Read(SdkFile({At(0)}, ";", keys));
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(),
            "gaze.csv:1:1: expected a column \"right_gaze_point_validity\", found none among the 17 columns of the "
            "header");
}

TEST(ProSdkReader, EmptyFileIsAnError) {
  const ReadResult r = Read("");
  ASSERT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(), "gaze.csv:1:1: expected a header row, found an empty file");
}

// The start of the field holding `key` on line `line` of a `;` file of
// `rows`, 1-based.
std::size_t ColumnOf(const std::string& text, int line, const std::string& key) {
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) start = text.find('\n', start) + 1;
  const auto index = static_cast<std::size_t>(std::find(kKeys.begin(), kKeys.end(), key) - kKeys.begin());
  std::size_t at = start;
  for (std::size_t i = 0; i < index; ++i) at = text.find(';', at) + 1;
  return at - start + 1;
}

TEST(ProSdkReader, ABadCellCostsItsSampleWhichIsKeptAsLost) {
  GazeRow bad = At(11104);
  for (const std::string& value : {std::string("(0.25, 0.5"), std::string("(0.25, 0.5, 1)"),
                                   std::string("0.25"), std::string("(0.25, x)"), std::string("(inf, 0.5)")}) {
    bad.left_display = value;
    const std::string text = SdkFile({At(0), bad, At(22208)});
    const ReadResult r = Read(text);
    ASSERT_TRUE(r.status.ok()) << r.status.message();
    ASSERT_EQ(r.samples.size(), 3u) << value;
    EXPECT_EQ(r.samples[1].time_us, 11104);
    EXPECT_FALSE(r.samples[1].left.valid);
    EXPECT_FALSE(r.samples[1].right.valid);  // the whole sample is lost
    EXPECT_TRUE(std::isnan(r.samples[1].right.gaze_x_px));
    EXPECT_TRUE(r.samples[2].left.valid);
    EXPECT_EQ(r.damage.count(Damage::kBadValue), 1) << value;
    EXPECT_EQ(r.damage.first_message(Damage::kBadValue),
              "gaze.csv:3:" + std::to_string(ColumnOf(text, 3, "left_gaze_point_on_display_area")) +
                  ": expected a tuple (x, y) in \"left_gaze_point_on_display_area\", found \"" + value + "\"");
  }
}

TEST(ProSdkReader, BadScalarsAndValidityCodesCostTheirSample) {
  GazeRow bad_pupil = At(11104);
  bad_pupil.right_pupil = "3,5";
  GazeRow bad_code = At(22208);
  bad_code.left_point_validity = "2";
  const std::string text = SdkFile({At(0), bad_pupil, bad_code});
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_FALSE(r.samples[1].right.valid);
  EXPECT_FALSE(r.samples[2].right.valid);
  EXPECT_EQ(r.damage.count(Damage::kBadValue), 2);
  EXPECT_EQ(r.damage.first_message(Damage::kBadValue),
            "gaze.csv:3:" + std::to_string(ColumnOf(text, 3, "right_pupil_diameter")) +
                ": expected a number in \"right_pupil_diameter\", found \"3,5\"");
  const ReadResult code = Read(SdkFile({bad_code}));
  EXPECT_NE(code.damage.first_message(Damage::kBadValue)
                .find("expected 0 or 1 in \"left_gaze_point_validity\", found \"2\""),
            std::string::npos)
      << code.damage.first_message(Damage::kBadValue);
}

TEST(ProSdkReader, ABadTimeCostsItsRow) {
  GazeRow bad = At(11104);
  for (const char* time : {"", "nan", "12x"}) {
    bad.device = time;
    const std::string text = SdkFile({At(0), bad, At(22208)});
    const ReadResult r = Read(text);
    ASSERT_TRUE(r.status.ok());
    EXPECT_EQ(r.samples.size(), 2u) << time;
    EXPECT_EQ(r.rows, 3);
    EXPECT_EQ(r.damage.count(Damage::kBadTime), 1);
    EXPECT_EQ(r.damage.first_message(Damage::kBadTime),
              "gaze.csv:3:" + std::to_string(ColumnOf(text, 3, "device_time_stamp")) +
                  ": expected a time in \"device_time_stamp\", found \"" + time + "\"");
  }
}

TEST(ProSdkReader, ASampleTimedBeforeTheOneBeforeCostsItsRow) {
  const ReadResult r = Read(SdkFile({At(1000), At(12000), At(5000), At(23000)}));
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.samples.size(), 3u);
  EXPECT_EQ(r.samples[2].time_us, 22000);
  EXPECT_EQ(r.damage.count(Damage::kTimeBackwards), 1);
  EXPECT_NE(r.damage.first_message(Damage::kTimeBackwards)
                .find("expected a time not before the previous sample's in \"device_time_stamp\", found \"5000\""),
            std::string::npos);
}

TEST(ProSdkReader, AShortRowInsideTheFileCostsTheRow) {
  std::string text = SdkFile({At(0)}) + "\r\r\n1;(0.1, 0.2);1\r\r\n" + SdkFile({At(22208)}).substr(SdkFile({}).size() + 3);
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 2u);
  EXPECT_EQ(r.damage.count(Damage::kShortRow), 1);
  EXPECT_EQ(r.damage.first_message(Damage::kShortRow),
            "gaze.csv:3:15: expected at least 18 fields separated by \";\", found 3");
  EXPECT_EQ(r.rows, 3);
}

TEST(ProSdkReader, TruncatedLastRowCostsTheRow) {
  std::string text = SdkFile({At(0), At(11104)});
  text.resize(text.size() - 12);  // inside the last row's trackbox tuple
  const ReadResult r = Read(text);
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.samples.size(), 1u);
  EXPECT_EQ(r.damage.count(Damage::kTruncatedLastRow), 1);
  EXPECT_NE(r.damage.first_message(Damage::kTruncatedLastRow).find("gaze.csv:3:"), std::string::npos);
}

TEST(ProSdkReader, ControlBytesInMessagesAreEscaped) {
  GazeRow bad = At(0);
  bad.left_pupil = std::string("3\x1b[2J", 5);
  const ReadResult r = Read(SdkFile({bad}));
  EXPECT_NE(r.damage.first_message(Damage::kBadValue).find("found \"3\\x1b[2J\""), std::string::npos)
      << r.damage.first_message(Damage::kBadValue);
}

TEST(ProSdkReader, AFileOfGarbageFailsOnceMostRowsAreLost) {
  std::string text = SdkFile({At(0)});
  for (int i = 0; i < 1100; ++i) text += "\r\r\nnot;a;row";
  ProSdkReader reader(StringSource("gaze.csv", text));
  ASSERT_TRUE(reader.Open().ok());
  SampleChunk chunk;
  Status status;
  while ((status = reader.Next(&chunk)).ok() && !chunk.empty()) {
  }
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("expected at least 18 fields"), std::string::npos) << status.message();
  EXPECT_LT(reader.rows_read(), 1101);  // stopped before the end
}

TEST(ProSdkReader, MaxSamplesStopsEarly) {
  std::vector<GazeRow> rows;
  for (int i = 0; i < 50; ++i) rows.push_back(At(i * 11104));
  ReaderOptions options;
  options.max_samples = 7;
  EXPECT_EQ(Read(SdkFile(rows), options).samples.size(), 7u);
}

TEST(ProSdkReader, SameSamplesForAnyBufferAndChunkSize) {
  std::vector<GazeRow> rows;
  for (int i = 0; i < 300; ++i) {
    GazeRow row = At(1000000 + i * 11104);
    row.left_display = fmt::format("({}, 0.5)", (i % 97) / 97.0);
    rows.push_back(row);
  }
  const std::string text = SdkFile(rows, ",", kKeys, "\r\r\n", true);
  const ReadResult reference = Read(text);
  ASSERT_TRUE(reference.status.ok());
  ASSERT_EQ(reference.samples.size(), 300u);
  for (std::size_t buffer : {700, 1001, 4096}) {
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
    }
  }
}

TEST(ProSdkReader, TheRegistryMakesItForItsFormat) {
  std::unique_ptr<SampleReader> reader =
      MakeSampleReader(RecordingFormat::kProSdk, StringSource("gaze.csv", SdkFile({At(0)})));
  ASSERT_NE(reader, nullptr);
  ASSERT_TRUE(reader->Open().ok());
  SampleChunk chunk;
  ASSERT_TRUE(reader->Next(&chunk).ok());
  EXPECT_EQ(chunk.samples.size(), 1u);
}

// The real Tobii 4C file (EMDAT, BSD 2-Clause; ../shared/data/real/
// MANIFEST.md): 454 data rows at ~90 Hz, `;`, `\r\r\n`, the last row cut
// short without a line end.
TEST(ProSdkReader, ReadsARealTobii4CFile) {
  const std::filesystem::path file = testing::SharedDir() / "data/real/emdat-tobii-prosdk/4Ctest.csv";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << "real data not found at " << file << ": skipped";
  std::unique_ptr<SampleReader> reader;
  ASSERT_TRUE(OpenSampleReader(RecordingFormat::kProSdk, file.string(), {}, &reader).ok());
  ASSERT_TRUE(reader->Open().ok());
  SampleChunk chunk;
  std::int64_t samples = 0, left = 0, right = 0, lost = 0, directions = 0;
  std::int64_t first = -1, last = 0, min_step = 1 << 30, max_step = 0;
  double pupil_sum = 0;
  std::int64_t pupils = 0;
  while (true) {
    const Status s = reader->Next(&chunk);
    ASSERT_TRUE(s.ok()) << s.message();
    if (chunk.empty()) break;
    for (const Sample& sample : chunk.samples) {
      if (first >= 0) {
        min_step = std::min(min_step, sample.time_us - last);
        max_step = std::max(max_step, sample.time_us - last);
      } else {
        first = sample.time_us;
      }
      last = sample.time_us;
      ++samples;
      left += sample.left.valid;
      right += sample.right.valid;
      lost += !sample.left.valid && !sample.right.valid;
      if (sample.left.valid && IsPresent(sample.left.gaze_dir_z)) {
        ++directions;
        // Looking at the screen: towards it (z < 0), a unit vector.
        const double norm = std::hypot(sample.left.gaze_dir_x, sample.left.gaze_dir_y, sample.left.gaze_dir_z);
        EXPECT_NEAR(norm, 1.0, 1e-5);
        EXPECT_LT(sample.left.gaze_dir_z, 0);
      }
      if (sample.left.valid && IsPresent(sample.left.pupil_mm)) {
        pupil_sum += sample.left.pupil_mm;
        ++pupils;
      }
    }
  }
  // 453 whole rows; the 454th stops after 11 of its 18 fields.
  EXPECT_EQ(reader->rows_read(), 454);
  EXPECT_EQ(samples, 453);
  EXPECT_EQ(reader->damage().total(), 1);
  EXPECT_EQ(reader->damage().count(Damage::kTruncatedLastRow), 1);
  EXPECT_NE(reader->damage().first_message(Damage::kTruncatedLastRow).find("4Ctest.csv:455:"), std::string::npos)
      << reader->damage().first_message(Damage::kTruncatedLastRow);
  EXPECT_TRUE(reader->damage().CheckTolerable(reader->rows_read()).ok());
  // ~90 Hz: the device clock steps 11103 or 11104 µs, no gaps; 5.02 s.
  EXPECT_EQ(first, 0);
  EXPECT_EQ(min_step, 11103);
  EXPECT_EQ(max_step, 11104);
  EXPECT_EQ(last, 497018511 - 491999899);
  const double rate_hz = 1e6 * static_cast<double>(samples - 1) / static_cast<double>(last);
  EXPECT_NEAR(rate_hz, 90.0, 0.5);
  // Counted with awk: gaze point and origin both valid, per eye.
  EXPECT_EQ(left, 448);
  EXPECT_EQ(right, 415);
  EXPECT_EQ(lost, 1);
  EXPECT_EQ(directions, left);
  // A 4C's pupils: a few millimetres.
  ASSERT_GT(pupils, 400);
  EXPECT_NEAR(pupil_sum / static_cast<double>(pupils), 3.3, 0.5);
  EXPECT_EQ(reader->info().screen_width_px, 0);
  std::printf("4Ctest.csv: %lld samples, %.2f Hz, %.1f %% left, %.1f %% right\n", static_cast<long long>(samples),
              rate_hz, 100.0 * static_cast<double>(left) / static_cast<double>(samples),
              100.0 * static_cast<double>(right) / static_cast<double>(samples));
}

}  // namespace
}  // namespace tobii::io
