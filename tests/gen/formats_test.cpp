// The generator writes every recording format: each file as its format
// stores it, beside the files the format keeps with it.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <zlib.h>

#include "gen_study/study_generator.h"
#include "support/study_files.h"

namespace tobii::gen {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::ReadLines;
using testing::Split;

std::string Gunzip(const fs::path& path) {
  gzFile file = gzopen(path.string().c_str(), "rb");
  std::string text;
  char buffer[1 << 14];
  for (int n; (n = gzread(file, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
  gzclose(file);
  return text;
}

class GeneratedFormats : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new testing::TempFolder("formats");
    StudyOptions options = testing::SmallOptions(folder_->path());
    options.recordings = 5;
    options.minutes = 0.1;
    options.formats = io::AllRecordingFormats();
    ASSERT_TRUE(GenerateStudy(options, &study_).ok());
  }
  static void TearDownTestSuite() { delete folder_; }
  static const GeneratedRecording& Of(std::string_view format) {
    for (const GeneratedRecording& r : study_.recordings) {
      if (r.format == format) return r;
    }
    return study_.recordings.front();
  }
  static fs::path Path(std::string_view format) { return folder_->path() / Of(format).file; }

  static testing::TempFolder* folder_;
  static GeneratedStudy study_;
};
testing::TempFolder* GeneratedFormats::folder_ = nullptr;
GeneratedStudy GeneratedFormats::study_;

TEST_F(GeneratedFormats, EachRecordingTakesTheNextFormatInTurn) {
  ASSERT_EQ(study_.recordings.size(), 5u);
  EXPECT_EQ(study_.recordings[0].format, "pro-lab");
  EXPECT_EQ(study_.recordings[1].format, "studio");
  EXPECT_EQ(study_.recordings[2].format, "glasses3");
  EXPECT_EQ(study_.recordings[3].format, "glasses2");
  EXPECT_EQ(study_.recordings[4].format, "pro-sdk");
  const nlohmann::json truth = nlohmann::json::parse(ReadFile(folder_->path() / "truth.json"));
  EXPECT_EQ(truth["recordings"][3]["format"], "glasses2");
  EXPECT_EQ(truth["generator"]["formats"].size(), 5u);
}

TEST_F(GeneratedFormats, StudioRowsHaveTheHeadersFieldsAndValidityCodes) {
  const std::vector<std::string> lines = ReadLines(Path("studio"));
  const std::size_t fields = Split(lines[0], '\t').size();
  std::size_t samples = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const std::vector<std::string> cells = Split(line, '\t');
    ASSERT_EQ(cells.size(), fields) << line;
    const std::string& validity = cells[cells.size() - 3];
    if (!validity.empty()) {
      ++samples;
      EXPECT_TRUE(validity == "0" || validity == "4") << validity;
    }
  }
  EXPECT_EQ(static_cast<std::int64_t>(samples), Of("studio").samples);
}

TEST_F(GeneratedFormats, Glasses3GazeIsGzippedJsonLinesWithItsRecordingBeside) {
  const std::string text = Gunzip(Path("glasses3"));
  std::int64_t lines = 0, lost = 0;
  for (std::size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    const nlohmann::json line = nlohmann::json::parse(text.substr(start, end - start));
    EXPECT_EQ(line["type"], "gaze");
    lost += line["data"].empty();
    if (!line["data"].empty() && !line["data"]["eyeleft"].empty()) {
      const auto& d = line["data"]["eyeleft"]["gazedirection"];
      const double norm = std::hypot(d[0].get<double>(), d[1].get<double>(), d[2].get<double>());
      EXPECT_NEAR(norm, 1.0, 1e-4);
      EXPECT_GT(d[2].get<double>(), 0.5);  // forward, in the head unit's frame
    }
    ++lines;
  }
  EXPECT_EQ(lines, Of("glasses3").samples);
  EXPECT_GT(lost, 0);  // blinks
  const nlohmann::json recording = nlohmann::json::parse(ReadFile(Path("glasses3").parent_path() / "recording.g3"));
  EXPECT_EQ(recording["name"], Of("glasses3").recording);
  EXPECT_EQ(recording["gaze"]["samples"], Of("glasses3").samples);
}

TEST_F(GeneratedFormats, Glasses2PacketsShareAGazeIndexAndComeOutOfTimeOrder) {
  const std::string text = Gunzip(Path("glasses2"));
  std::int64_t previous_ts = 0, out_of_order = 0, gaze_points = 0;
  for (std::size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    const nlohmann::json packet = nlohmann::json::parse(text.substr(start, end - start));
    const std::int64_t ts = packet["ts"];
    out_of_order += ts < previous_ts;
    previous_ts = ts;
    gaze_points += packet.contains("gp");
  }
  EXPECT_EQ(gaze_points, Of("glasses2").samples);
  EXPECT_GT(out_of_order, 0);
  const nlohmann::json participant =
      nlohmann::json::parse(ReadFile(Path("glasses2").parent_path() / "participant.json"));
  EXPECT_EQ(participant["pa_info"]["Name"], Of("glasses2").participant_id);
}

TEST_F(GeneratedFormats, ProSdkDumpsEndLinesAsTheRealOneAndNameNoParticipant) {
  const std::string text = ReadFile(Path("pro-sdk"));
  EXPECT_NE(text.find("device_time_stamp\r\r\n"), std::string::npos);
  EXPECT_NE(text.back(), '\n');
  EXPECT_NE(text.find("(nan, nan)"), std::string::npos);  // a lost eye
  EXPECT_NE(ReadFile(folder_->path() / "study.toml").find("names-from-path"), std::string::npos);
}

}  // namespace
}  // namespace tobii::gen
