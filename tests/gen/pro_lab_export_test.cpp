// The Pro Lab exports the generator writes: columns, locales, row kinds.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <regex>

#include "gen_study/pro_lab_writer.h"
#include "gen_study/study_generator.h"
#include "support/study_files.h"

namespace tobii::gen {
namespace {

using testing::Number;
using testing::ReadFile;
using testing::ReadLines;
using testing::ReadTable;
using testing::Split;
using testing::Table;
using testing::TempFolder;

class ProLabExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = std::make_unique<TempFolder>("export");
    study_ = std::make_unique<GeneratedStudy>();
    ASSERT_TRUE(GenerateStudy(testing::SmallOptions(folder_->path()), study_.get()).ok());
  }
  static void TearDownTestSuite() {
    study_.reset();
    folder_.reset();
  }
  static std::filesystem::path PathOf(const GeneratedRecording& r) { return folder_->path() / r.file; }

  static std::unique_ptr<TempFolder> folder_;
  static std::unique_ptr<GeneratedStudy> study_;
};
std::unique_ptr<TempFolder> ProLabExport::folder_;
std::unique_ptr<GeneratedStudy> ProLabExport::study_;

TEST_F(ProLabExport, HeaderIsTheOneOfProLab2421) {
  const Table table = ReadTable(PathOf(study_->recordings[0]));
  ASSERT_EQ(table.header.size(), 101u);
  for (int i = 0; i < kProLabColumnCount; ++i) EXPECT_EQ(table.header[i], kProLabColumns[i]);
#ifdef TOBII_SHARED_DIR
  const std::filesystem::path real = std::filesystem::path(TOBII_SHARED_DIR) /
                                     "data/real/cemGr-ivt-reconstruction/I-VT-normal Data export_short.tsv";
  if (!std::filesystem::exists(real)) GTEST_SKIP() << "no real export at " << real;
  EXPECT_EQ(ReadLines(real)[0], ReadLines(PathOf(study_->recordings[0]))[0]);
#endif
}

TEST_F(ProLabExport, EveryRowHasTheHeadersFieldCount) {
  for (const GeneratedRecording& r : study_->recordings) {
    const std::vector<std::string> lines = ReadLines(PathOf(r));
    ASSERT_GT(lines.size(), 1000u);
    // The 101 of Pro Lab 24.21, then the `AOI hit` columns of the exports that have them.
    const std::size_t fields = Split(lines[0], '\t').size();
    EXPECT_EQ(fields > 101u, r.aoi_hit_columns) << r.file;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      ASSERT_EQ(Split(lines[i], '\t').size(), fields) << r.file << " line " << i + 1;
    }
  }
}

TEST_F(ProLabExport, EightRecordingsIncludeEveryStyle) {
  int comma = 0, dot = 0, bom = 0, crlf = 0;
  for (const GeneratedRecording& r : study_->recordings) {
    const std::string bytes = ReadFile(PathOf(r));
    EXPECT_EQ(bytes.starts_with("\xEF\xBB\xBF"), r.bom) << r.file;
    EXPECT_EQ(bytes.find("\r\n") != std::string::npos, r.crlf) << r.file;
    EXPECT_EQ(bytes.find("\r") != std::string::npos, r.crlf) << r.file;
    comma += r.decimal_comma;
    dot += !r.decimal_comma;
    bom += r.bom;
    crlf += r.crlf;
  }
  EXPECT_GE(comma, 1);
  EXPECT_GE(dot, 1);
  EXPECT_GE(bom, 1);
  EXPECT_GE(crlf, 1);
}

TEST_F(ProLabExport, CommaLocaleUsesDecimalCommaAndDayFirstDates) {
  const std::regex day_first(R"(\d\d\.\d\d\.\d{4})"), iso(R"(\d{4}-\d\d-\d\d)");
  const std::regex comma_number(R"(\d+,\d{3})"), dot_number(R"(\d+\.\d{3})");
  for (const GeneratedRecording& r : study_->recordings) {
    const Table table = ReadTable(PathOf(r));
    const int date = table.Column("Recording date"), pupil = table.Column("Pupil diameter left [mm]");
    const int latency = table.Column("Recording monitor latency [ms]");
    int checked = 0;
    for (const auto& row : table.rows) {
      EXPECT_TRUE(std::regex_match(row[date], r.decimal_comma ? day_first : iso))
          << r.file << ": " << row[date];
      EXPECT_EQ(row[latency], r.decimal_comma ? "10,00" : "10.00");
      if (row[pupil].empty() || ++checked > 200) continue;
      EXPECT_TRUE(std::regex_match(row[pupil], r.decimal_comma ? comma_number : dot_number))
          << r.file << ": " << row[pupil];
    }
    EXPECT_GT(checked, 100) << r.file;
  }
}

TEST_F(ProLabExport, TruthSampleCountEqualsEyeTrackerRows) {
  for (const GeneratedRecording& r : study_->recordings) {
    const Table table = ReadTable(PathOf(r));
    const int sensor = table.Column("Sensor");
    std::int64_t eye = 0, mouse = 0;
    for (const auto& row : table.rows) {
      eye += row[sensor] == "Eye Tracker";
      mouse += row[sensor] == "Mouse";
    }
    EXPECT_EQ(eye, r.samples) << r.file;
    EXPECT_EQ(r.samples, std::llround(r.duration_s * 120)) << r.file;
    EXPECT_GT(mouse, 0) << r.file;
    // The planted events tile the samples.
    double planted_ms = 0;
    for (const std::string& line : ReadLines(folder_->path() / "truth" / (r.recording + "_events.csv"))) {
      if (!line.starts_with("type")) planted_ms += std::stod(Split(line, ',')[3]);
    }
    EXPECT_NEAR(planted_ms, r.samples * 1000.0 / 120, 1) << r.file;
  }
}

TEST_F(ProLabExport, EventRowsFrameTheRecordingAndItsImages) {
  const Table table = ReadTable(PathOf(study_->recordings[1]));
  const int event = table.Column("Event"), value = table.Column("Event value");
  const int sensor = table.Column("Sensor"), shown = table.Column("Presented Stimulus name");
  ASSERT_FALSE(table.rows.empty());
  EXPECT_EQ(table.rows.front()[event], "RecordingStart");
  EXPECT_EQ(table.rows.back()[event], "RecordingEnd");
  int starts = 0, ends = 0;
  std::string current;
  for (const auto& row : table.rows) {
    if (!row[event].empty()) {
      EXPECT_EQ(row[sensor], "");
    }
    if (row[event] == "ImageStimulusStart") {
      ++starts;
      current = row[value];
    }
    if (row[sensor] == "Eye Tracker") {
      EXPECT_EQ(row[shown], current);
    }
    if (row[event] == "ImageStimulusEnd") {
      ++ends;
      EXPECT_EQ(row[value], current);
      current.clear();
    }
  }
  EXPECT_GE(starts, 2);  // one about every 10 s of the 30 s recording
  EXPECT_EQ(starts, ends);
}

TEST_F(ProLabExport, InvalidEyesLeaveTheirColumnsEmpty) {
  const Table table = ReadTable(PathOf(study_->recordings[2]));
  const int sensor = table.Column("Sensor"), type = table.Column("Eye movement type");
  const int gaze_x = table.Column("Gaze point X [DACS px]");
  int both_invalid = 0, one_invalid = 0;
  for (const auto& row : table.rows) {
    if (row[sensor] != "Eye Tracker") continue;
    bool valid[2];
    for (int e = 0; e < 2; ++e) {
      const std::string side = e == 0 ? "left" : "right";
      valid[e] = row[table.Column("Validity " + side)] == "Valid";
      for (const std::string& column :
           {"Gaze point " + side + " X [DACS px]", "Gaze direction " + side + " Z [DACS norm]",
            "Pupil diameter " + side + " [mm]", "Eye position " + side + " Z [DACS mm]",
            "Gaze point " + side + " Y [DACS mm]"}) {
        EXPECT_EQ(row[table.Column(column)].empty(), !valid[e]) << column;
      }
    }
    EXPECT_EQ(row[gaze_x].empty(), !valid[0] && !valid[1]);
    EXPECT_EQ(row[type] == "EyesNotFound", !valid[0] && !valid[1]);
    both_invalid += !valid[0] && !valid[1];
    one_invalid += valid[0] != valid[1];
  }
  EXPECT_GT(both_invalid, 0);
  EXPECT_GT(one_invalid, 0);
}

TEST_F(ProLabExport, EyetrackerTimestampsStepByTheSamplingPeriod) {
  const Table table = ReadTable(PathOf(study_->recordings[3]));
  const int sensor = table.Column("Sensor"), tracker = table.Column("Eyetracker timestamp [μs]");
  const int recording = table.Column("Recording timestamp [ms]");
  std::int64_t first = -1, last = -1, previous = -1, count = 0;
  for (const auto& row : table.rows) {
    if (row[sensor] != "Eye Tracker") {
      EXPECT_EQ(row[tracker], "");
      continue;
    }
    const std::int64_t t = std::stoll(row[tracker]);
    if (previous >= 0) {
      EXPECT_TRUE(t - previous == 8333 || t - previous == 8334) << t - previous;
    }
    if (first < 0) first = t;
    previous = last = t;
    ++count;
    EXPECT_EQ(std::stoll(row[recording]), (t - first + 500) / 1000);
  }
  EXPECT_NEAR(static_cast<double>(last - first) / (count - 1), 1e6 / 120, 0.01);
}

TEST_F(ProLabExport, GazeDirectionIsAUnitVectorTowardTheScreen) {
  const Table table = ReadTable(PathOf(study_->recordings[4]));
  const int x = table.Column("Gaze direction left X [DACS norm]");
  int checked = 0;
  for (const auto& row : table.rows) {
    if (row[x].empty()) continue;
    const double dx = Number(row[x]), dy = Number(row[x + 1]), dz = Number(row[x + 2]);
    EXPECT_NEAR(dx * dx + dy * dy + dz * dz, 1.0, 1e-4);
    EXPECT_LT(dz, -0.9);
    if (++checked == 500) break;
  }
  EXPECT_EQ(checked, 500);
}

}  // namespace
}  // namespace tobii::gen
