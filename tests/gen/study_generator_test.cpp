// The study as a whole: determinism, folder layout, participants, truth.json,
// BORIS files in every format.
#include "gen_study/study_generator.h"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "boris/boris_reader.h"
#include "support/study_files.h"

namespace tobii::gen {
namespace {

using testing::ReadFile;
using testing::ReadLines;
using testing::SmallOptions;
using testing::Split;
using testing::TempFolder;

// Every file of a study, by relative path.
std::map<std::string, std::string> Contents(const std::filesystem::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file())
      files[entry.path().lexically_relative(root).generic_string()] = ReadFile(entry.path());
  }
  return files;
}

TEST(StudyGenerator, SameOptionsGiveSameBytesWhateverTheThreadCount) {
  TempFolder a("same_a"), b("same_b");
  StudyOptions options = SmallOptions(a.path());
  options.jobs = 1;
  ASSERT_TRUE(GenerateStudy(options, nullptr).ok());
  options.out = b.path();
  options.jobs = 2;
  ASSERT_TRUE(GenerateStudy(options, nullptr).ok());
  const auto first = Contents(a.path()), second = Contents(b.path());
  ASSERT_EQ(first.size(), second.size());
  for (const auto& [name, bytes] : first) {
    ASSERT_TRUE(second.count(name)) << name;
    EXPECT_TRUE(bytes == second.at(name)) << name << " differs";
  }
}

TEST(StudyGenerator, DifferentSeedGivesDifferentExports) {
  TempFolder a("seed_a"), b("seed_b");
  ASSERT_TRUE(GenerateStudy(SmallOptions(a.path(), 1), nullptr).ok());
  ASSERT_TRUE(GenerateStudy(SmallOptions(b.path(), 2), nullptr).ok());
  EXPECT_NE(ReadFile(a.path() / "data_G/P001_G.tsv"), ReadFile(b.path() / "data_G/P001_G.tsv"));
  EXPECT_NE(ReadFile(a.path() / "truth.json"), ReadFile(b.path() / "truth.json"));
}

TEST(StudyGenerator, WritesTheStudyLayout) {
  TempFolder folder("layout");
  StudyOptions options = SmallOptions(folder.path());
  options.recordings = 5;  // odd: the last participant has session G only
  GeneratedStudy study;
  ASSERT_TRUE(GenerateStudy(options, &study).ok());
  const std::filesystem::path& root = folder.path();
  for (const char* name : {"participants.tsv", "truth.json"})
    EXPECT_TRUE(std::filesystem::is_regular_file(root / name)) << name;
  for (const char* name : {"data_G", "data_L", "boris", "truth"})
    EXPECT_TRUE(std::filesystem::is_directory(root / name)) << name;
  const std::vector<std::string> expected = {"data_G/P001_G.tsv", "data_L/P001_L.tsv", "data_G/P002_G.tsv",
                                             "data_L/P002_L.tsv", "data_G/P003_G.tsv"};
  ASSERT_EQ(study.recordings.size(), expected.size());
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const GeneratedRecording& r = study.recordings[i];
    EXPECT_EQ(r.file, expected[i]);
    EXPECT_EQ(std::filesystem::file_size(root / r.file), r.bytes);
    EXPECT_TRUE(std::filesystem::is_regular_file(root / r.boris_file)) << r.boris_file;
    EXPECT_TRUE(std::filesystem::is_regular_file(root / "truth" / (r.recording + "_events.csv")));
    bytes += r.bytes;
  }
  EXPECT_EQ(study.bytes, bytes);
  int exports = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    EXPECT_NE(entry.path().extension(), ".partial") << entry.path();
    exports += entry.path().parent_path().filename().string().starts_with("data_");
  }
  EXPECT_EQ(exports, 5);
}

TEST(StudyGenerator, ParticipantsTableAlternatesPatientAndControl) {
  TempFolder folder("participants");
  ASSERT_TRUE(GenerateStudy(SmallOptions(folder.path()), nullptr).ok());
  const auto lines = ReadLines(folder.path() / "participants.tsv");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], "participant_id\tgroup\tage\tsex\tsite");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = Split(lines[i], '\t');
    ASSERT_EQ(f.size(), 5u);
    EXPECT_EQ(f[0], "P00" + std::to_string(i));
    EXPECT_EQ(f[1], i % 2 == 1 ? "Patient" : "Control");
    EXPECT_GE(std::stoi(f[2]), 20);
    EXPECT_LE(std::stoi(f[2]), 70);
    EXPECT_TRUE(f[3] == "F" || f[3] == "M");
    EXPECT_TRUE(f[4] == "A" || f[4] == "B");
  }
}

TEST(StudyGenerator, TruthJsonDescribesEveryRecording) {
  TempFolder folder("truth");
  GeneratedStudy study;
  ASSERT_TRUE(GenerateStudy(SmallOptions(folder.path()), &study).ok());
  const auto truth = nlohmann::json::parse(ReadFile(folder.path() / "truth.json"));
  EXPECT_EQ(truth["generator"]["recordings"], 8);
  EXPECT_EQ(truth["screen"]["width_px"], 1920);
  EXPECT_GT(truth["planted"]["fixation_duration_mean_ms"]["Patient"].get<double>(),
            truth["planted"]["fixation_duration_mean_ms"]["Control"].get<double>());
  // Pixel y grows downward: the Patient group's fixations are centred lower.
  EXPECT_GT(truth["planted"]["fixation_centre_y_px"]["Patient"].get<double>(), 540);
  EXPECT_LT(truth["planted"]["fixation_centre_y_px"]["Control"].get<double>(), 540);
  ASSERT_EQ(truth["recordings"].size(), 8u);
  for (std::size_t i = 0; i < 8; ++i) {
    const auto& r = truth["recordings"][i];
    EXPECT_EQ(r["file"], study.recordings[i].file);
    EXPECT_EQ(r["samples"], study.recordings[i].samples);
    EXPECT_EQ(r["bytes"], study.recordings[i].bytes);
    EXPECT_EQ(r["fixation_y_mean_px"], study.recordings[i].fixation_y_mean_px);
    EXPECT_TRUE(std::filesystem::is_regular_file(folder.path() / r["events_file"].get<std::string>()));
    EXPECT_TRUE(std::filesystem::is_regular_file(folder.path() / r["boris_file"].get<std::string>()));
  }
}

TEST(StudyGenerator, NoBorisMeansNoBorisFolder) {
  TempFolder folder("no_boris");
  StudyOptions options = SmallOptions(folder.path());
  options.recordings = 2;
  options.boris = false;
  ASSERT_TRUE(GenerateStudy(options, nullptr).ok());
  EXPECT_FALSE(std::filesystem::exists(folder.path() / "boris"));
}

TEST(StudyGenerator, RejectsImpossibleOptions) {
  TempFolder folder("bad");
  StudyOptions options = SmallOptions(folder.path());
  options.recordings = 0;
  EXPECT_FALSE(GenerateStudy(options, nullptr).ok());
  options = SmallOptions(folder.path());
  options.hz = 0;
  EXPECT_FALSE(GenerateStudy(options, nullptr).ok());
  options = SmallOptions(folder.path());
  options.minutes = -1;
  EXPECT_FALSE(GenerateStudy(options, nullptr).ok());
}

// Each recording's annotations are in the next of BORIS's formats; the
// pipeline's reader reads every one back, whole and without a complaint.
TEST(StudyGenerator, WritesEveryBorisFormatAndEachReadsBack) {
  TempFolder folder("boris_formats");
  StudyOptions options;
  options.out = folder.path();
  options.recordings = 5;
  options.minutes = 1;
  options.hz = 60;
  GeneratedStudy study;
  ASSERT_TRUE(GenerateStudy(options, &study).ok());
  std::set<std::string> formats;
  for (const GeneratedRecording& r : study.recordings) {
    formats.insert(r.boris_format);
    boris::Annotations a;
    const Status s = boris::ReadBorisFile((folder.path() / r.boris_file).string(), &a);
    ASSERT_TRUE(s.ok()) << r.boris_file << ": " << s.message();
    EXPECT_TRUE(a.problems.empty()) << r.boris_file << ": " << a.problems.front().message;
    ASSERT_EQ(a.observations.size(), 1u) << r.boris_file;
    EXPECT_EQ(a.observations[0].id, r.recording);
    EXPECT_EQ(a.observations[0].media_files, std::vector<std::string>{r.recording + ".mp4"}) << r.boris_file;
    std::set<std::string> states, points;
    for (const boris::Bout& b : a.observations[0].bouts) {
      (b.kind == boris::BoutKind::kState ? states : points).insert(b.behavior);
      EXPECT_EQ(b.subject, "participant");
    }
    EXPECT_TRUE(states.contains("handling object")) << r.boris_file;
    EXPECT_TRUE(points.contains("looks at experimenter")) << r.boris_file;
  }
  EXPECT_EQ(formats.size(), 5u);
}

}  // namespace
}  // namespace tobii::gen
