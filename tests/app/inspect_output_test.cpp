#include "inspect_output.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace tobii::app {
namespace {

using study::FileInspection;
using study::RecordingInspection;

// A Pro Lab export as InspectFile describes one: 300 Hz, 10 s, a name with
// an escape sequence in it.
FileInspection Export() {
  FileInspection f;
  f.path = "data/P01.tsv";
  f.judged = true;
  f.kind = "recording";
  f.sniffed.kind = io::FileKind::kRecording;
  f.sniffed.format = io::RecordingFormat::kProLab;
  f.columns.used = {"Recording timestamp [ms]", "Validity left"};
  f.columns.ignored = {"Eye movement type"};
  RecordingInspection& r = f.recordings.emplace_back();
  r.info.participant = "P01\x1b[2J";
  r.info.recording = "R01";
  r.info.software = "Tobii Pro Lab 24.21.435";
  r.info.screen_width_px = 1920;
  r.info.screen_height_px = 1080;
  r.info.decimal_mark = ',';
  r.figures.samples = 3000;
  r.figures.rows = 3012;
  r.figures.median_step_us = 3333;
  r.figures.rate_hz = 300.02;
  r.figures.duration_s = 9.99667;
  r.figures.valid_share = 0.95;
  r.figures.left_valid_share = 0.9;
  r.figures.right_valid_share = 0.925;
  r.damage = {"2 rows skipped: a time that is not a number (first: data/P01.tsv:7:1: ...)"};
  f.totals = r.figures;
  return f;
}

FileInspection Participants() {
  FileInspection f;
  f.path = "participants.tsv";
  f.judged = true;
  f.kind = "participants table";
  f.sniffed.kind = io::FileKind::kParticipantsTable;
  f.not_read = "a participants table: a run takes the groups from it; it holds no gaze samples";
  return f;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(InspectOutput, OneFileIsABlockOfKeyValueLines) {
  EXPECT_EQ(InspectionBlock(Export()),
            "file: data/P01.tsv\n"
            "kind: recording\n"
            "format: Tobii Pro Lab data export (pro-lab)\n"
            "text: UTF-8\n"
            "columns used (2): Recording timestamp [ms], Validity left\n"
            "columns ignored (1): Eye movement type\n"
            "participant: P01\\x1b[2J\n"
            "recording: R01\n"
            "software: Tobii Pro Lab 24.21.435\n"
            "screen: 1920 x 1080 px\n"
            "head-mounted: no\n"
            "decimal mark: comma\n"
            "samples: 3000\n"
            "rows: 3012\n"
            "median step: 3333 \xC2\xB5s\n"
            "rate: 300.0 Hz\n"
            "duration: 9.997 s\n"
            "validity: 95.0 % with at least one eye (left 90.0 %, right 92.5 %)\n"
            "problems: 1\n"
            "problem: 2 rows skipped: a time that is not a number (first: data/P01.tsv:7:1: ...)\n");
  EXPECT_EQ(InspectionBlock(Participants()),
            "file: participants.tsv\n"
            "kind: participants table\n"
            "text: UTF-8\n"
            "not read: a participants table: a run takes the groups from it; it holds no gaze samples\n"
            "problems: 0\n");
}

TEST(InspectOutput, AHeadMountedRecordingNamesItsSceneCamera) {
  FileInspection f = Export();
  f.recordings[0].info.head_mounted = true;
  const std::string block = InspectionBlock(f);
  EXPECT_NE(block.find("\nscene camera: 1920 x 1080 px\nhead-mounted: yes\n"), std::string::npos) << block;
}

TEST(InspectOutput, SeveralFilesAreATableWithAlignedColumns) {
  FileInspection missing;
  missing.path = "gone\x07.tsv";
  missing.opened = false;
  missing.kind = "not read";
  missing.not_read = "cannot be opened: gone.tsv: No such file or directory";
  const std::vector<std::string> lines = Lines(InspectionTable({Export(), Participants(), missing}));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "file              kind/format         samples  rate Hz  duration s  validity %  problems  reason");
  EXPECT_EQ(lines[1], "data/P01.tsv      pro-lab                3000    300.0        10.0        95.0         1");
  EXPECT_EQ(lines[2],
            "participants.tsv  participants table        -        -           -           -         0  a participants "
            "table: a run takes the groups from it; it holds no gaze samples");
  EXPECT_EQ(lines[3],
            "gone\\x07.tsv      not read                  -        -           -           -         1  cannot be opened: "
            "gone.tsv: No such file or directory");
}

TEST(InspectOutput, ARecordingARunWouldNotUseGivesItsReason) {
  FileInspection f = Export();
  f.recordings[0].error = "data/P01.tsv: expected gaze samples, found none";
  const std::vector<std::string> lines = Lines(InspectionTable({f}));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[1].ends_with("2  not used: data/P01.tsv: expected gaze samples, found none")) << lines[1];
}

TEST(InspectOutput, JsonHoldsTheSameWithNullsWhereUnknown) {
  FileInspection empty = Export();
  empty.recordings[0].figures = {};
  empty.recordings[0].damage.clear();
  empty.totals = {};
  const nlohmann::json json = InspectionJson({Export(), Participants(), empty});
  ASSERT_EQ(json["files"].size(), 3u);
  const nlohmann::json& file = json["files"][0];
  EXPECT_EQ(file["file"], "data/P01.tsv");
  EXPECT_EQ(file["format"], "pro-lab");
  EXPECT_EQ(file["text"], "UTF-8");
  EXPECT_EQ(file["read"], true);
  EXPECT_TRUE(file["not_read"].is_null());
  EXPECT_DOUBLE_EQ(file["rate_hz"].get<double>(), 300.02);
  EXPECT_EQ(file["samples"], 3000);
  EXPECT_EQ(file["columns"]["ignored"], nlohmann::json::array({"Eye movement type"}));
  EXPECT_EQ(file["recordings"][0]["participant"], "P01\x1b[2J");  // JSON escapes it itself
  EXPECT_EQ(file["recordings"][0]["decimal_mark"], ",");
  EXPECT_EQ(file["recordings"][0]["screen_width_px"], 1920);
  EXPECT_DOUBLE_EQ(file["recordings"][0]["left_validity_percent"].get<double>(), 90.0);
  EXPECT_EQ(file["problems"].size(), 1u);
  EXPECT_EQ(json["files"][1]["kind"], "participants table");
  EXPECT_FALSE(json["files"][1].contains("samples"));
  const nlohmann::json& none = json["files"][2]["recordings"][0];
  EXPECT_TRUE(none["rate_hz"].is_null());
  EXPECT_TRUE(none["median_step_us"].is_null());
  EXPECT_TRUE(none["validity_percent"].is_null());
}

}  // namespace
}  // namespace tobii::app
