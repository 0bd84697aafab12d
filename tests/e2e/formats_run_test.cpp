// Every recording format through the whole pipeline: a generated study of
// all formats recovers the planted truth in each, and every real Tobii
// recording in ../shared/data/real is analysed by `run` and described by
// `inspect` as its manifest says.

#include "tobii/run.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "gen_study/study_generator.h"
#include "tobii/inspect.h"
#include "support/study_files.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;
using gen::testing::ReadCsv;

TEST(FormatsRun, EveryGeneratedFormatRecoversThePlantedTruth) {
  testing::TempDir dir;
  const fs::path study = dir.path() / "study";
  gen::StudyOptions options = gen::testing::SmallOptions(study, 21);
  options.recordings = 10;
  options.minutes = 0.5;
  options.formats = io::AllRecordingFormats();
  gen::GeneratedStudy truth;
  ASSERT_TRUE(gen::GenerateStudy(options, &truth).ok());
  RunOptions run;
  run.study = study;
  run.out = dir.path() / "out";
  run.names_from_path = "data_*/{participant}_*.csv";  // as the generated study.toml says for Pro SDK dumps
  RunSummary summary;
  ASSERT_TRUE(RunStudy(run, nullptr, &summary).ok());
  EXPECT_EQ(summary.analysed, 10u);
  // Overlapping states, as planted; and the Pro SDK dumps, which give no
  // screen resolution, say which one is taken.
  std::set<std::string> without_resolution;
  for (const Problem& p : summary.problems) {
    if (p.message.find("does not give its screen's resolution") != std::string::npos) {
      without_resolution.insert(p.file);
      continue;
    }
    EXPECT_TRUE(p.stage == Stage::kBoris) << p.file << ": " << p.message;
  }
  std::set<std::string> sdk_files;
  for (const gen::GeneratedRecording& r : truth.recordings) {
    if (r.format == "pro-sdk") sdk_files.insert(r.file);
  }
  EXPECT_EQ(without_resolution, sdk_files);
  std::map<std::string, std::map<std::string, std::string>> by_file;
  for (const auto& row : ReadCsv(run.out / "summary.csv")) by_file[row.at("file")] = row;
  std::set<std::string> annotated;
  for (const auto& row : ReadCsv(run.out / "behavior_metrics.csv")) annotated.insert(row.at("recording"));
  for (const gen::GeneratedRecording& r : truth.recordings) {
    ASSERT_TRUE(by_file.contains(r.file)) << r.format << " " << r.file;
    const auto& row = by_file[r.file];
    SCOPED_TRACE(r.format + " " + r.file);
    EXPECT_EQ(row.at("participant_id"), r.participant_id);
    EXPECT_EQ(row.at("recording"), r.recording);
    EXPECT_EQ(row.at("group"), r.group);
    EXPECT_NEAR(std::stod(row.at("sampling_rate_hz")), options.hz, 0.5);
    // The planted events, found in each format alike (I-VT at 120 Hz finds
    // every planted fixation to within a few; measured: all within 1).
    EXPECT_NEAR(std::stod(row.at("fixation_count")), r.fixation_count, 0.03 * r.fixation_count + 1);
    EXPECT_NEAR(std::stod(row.at("fixation_duration_mean_ms")), r.fixation_duration_mean_ms, 6.0);
    EXPECT_NEAR(std::stod(row.at("pupil_mean_mm")), r.pupil_mean_mm, 0.01);
    EXPECT_TRUE(annotated.contains(r.recording));
  }
}

// The real recordings in ../shared/data/real, each with what its manifest
// (and the files themselves: counted with awk and zcat) say: rate, samples.
struct RealRecording {
  const char* file;
  const char* format;
  double hz;
  std::int64_t samples;
};
constexpr RealRecording kReal[] = {
    {"cemGr-ivt-reconstruction/I-VT-normal Data export_short.tsv", "pro-lab", 300, 4860},
    {"cemGr-ivt-reconstruction/I-VT-StrictAverage_frequency120_movingAverageData export_short.tsv", "pro-lab", 120, 4910},
    {"cemGr-ivt-reconstruction/I-VT-rightEye Data export_short.tsv", "pro-lab", 300, 4872},
    {"d2lab-tobii-studio/data.tsv", "studio", 120, 2910},
    {"fhp-tobii-studio-legacy/Rec 01.tsv", "studio", 50, -1},
    {"fhp-tobii-studio-legacy/Rec 04-All-Data-2stimuli.tsv", "studio", 50, -1},
    {"fhp-tobii-studio-legacy/J07.csv", "studio", 50, -1},
    {"emdat-tobii-prosdk/4Ctest.csv", "pro-sdk", 90, 453},
    {"kallawalla-glasses3/3467c0b1-e234-455e-b1d0-53561d386f83.tsv", "glasses3", 50, 1345},
    {"glassesviewer-glasses2/livedata.json.gz", "glasses2", 50, 1424},
};

fs::path RealFolder() { return testing::SharedDir() / "data/real"; }

TEST(FormatsRun, EveryRealRecordingIsAnalysedByRun) {
  if (!fs::exists(RealFolder())) GTEST_SKIP() << "real data not found at " << RealFolder() << ": skipped";
  testing::TempDir dir;
  const fs::path study = dir.path() / "study";
  for (const RealRecording& r : kReal) {
    const fs::path from = RealFolder() / r.file;
    fs::create_directories(study / fs::path(r.file).parent_path());
    fs::copy_file(from, study / r.file);
    if (std::string(r.format) == "glasses2") {  // its names lie beside it
      for (const char* meta : {"recording.json", "participant.json", "sysinfo.json", "segment.json"}) {
        fs::copy_file(from.parent_path() / meta, study / fs::path(r.file).parent_path() / meta);
      }
    }
  }
  RunOptions run;
  run.study = study;
  run.out = dir.path() / "out";
  RunSummary summary;
  ASSERT_TRUE(RunStudy(run, nullptr, &summary).ok());
  EXPECT_EQ(summary.failed, 0u);
  std::map<std::string, std::map<std::string, std::string>> by_file;
  for (const auto& row : ReadCsv(run.out / "summary.csv")) by_file[row.at("file")] = row;
  for (const RealRecording& r : kReal) {
    SCOPED_TRACE(r.file);
    ASSERT_TRUE(by_file.contains(r.file));
    EXPECT_NEAR(std::stod(by_file[r.file].at("sampling_rate_hz")), r.hz, 0.01 * r.hz);
    if (r.samples >= 0) {
      EXPECT_EQ(std::stoll(by_file[r.file].at("samples")), r.samples);
    }
    EXPECT_GT(std::stoll(by_file[r.file].at("fixation_count")), 0);
  }
  EXPECT_EQ(by_file["glassesviewer-glasses2/livedata.json.gz"].at("participant_id"), "Roy005");
}

TEST(FormatsRun, EveryRealRecordingIsDescribedByInspect) {
  if (!fs::exists(RealFolder())) GTEST_SKIP() << "real data not found at " << RealFolder() << ": skipped";
  for (const RealRecording& r : kReal) {
    SCOPED_TRACE(r.file);
    FileInspection seen;
    ASSERT_TRUE(InspectFile((RealFolder() / r.file).string(), &seen).ok());
    ASSERT_TRUE(seen.read()) << seen.not_read;
    EXPECT_EQ(io::FormatKey(seen.sniffed.format), std::string(r.format));
    ASSERT_EQ(seen.recordings.size(), 1u);
    EXPECT_NEAR(seen.recordings[0].figures.rate_hz, r.hz, 0.01 * r.hz);
    if (r.samples >= 0) {
      EXPECT_EQ(seen.recordings[0].figures.samples, r.samples);
    }
  }
}

}  // namespace
}  // namespace tobii::study
