#include "study/sync_event.h"

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "gen_study/study_generator.h"
#include "support/study_files.h"
#include "support/temp_dir.h"
#include "tobii/run.h"

namespace tobii::study {
namespace {

namespace fs = std::filesystem;
using testing::WriteText;

const char kHeader[] =
    "Recording timestamp [ms]\tSensor\tParticipant name\tRecording name\tEvent\tEvent value\t"
    "Gaze point X [DACS px]\tGaze point Y [DACS px]\tValidity left\tValidity right\n";

std::string Sample(int ms) {
  return std::to_string(ms) + "\tEye Tracker\tP1\trest\t\t\t1\t2\tValid\tValid\n";
}
std::string Event(int ms, const char* name, const char* value) {
  return std::to_string(ms) + "\t\tP1\trest\t" + name + "\t" + value + "\t\t\t\t\n";
}

boris::Bout Point(const char* behavior, double t) {
  return {"", behavior, "", boris::BoutKind::kPoint, t, t, ""};
}

TEST(SyncEvent, TheFirstEventOfThatNameInEitherColumn) {
  testing::TempDir dir;
  const fs::path file = dir.path() / "rec.tsv";
  WriteText(file, std::string(kHeader) + Sample(0) + Event(5, "KeyPress", "S") + Sample(10) +
                      Event(12, "SyncPortIn", "") + Sample(20) + Event(30, "SyncPortIn", ""));
  std::optional<std::int64_t> at;
  RecordingInput input;
  input.path = file.native();
  ASSERT_TRUE(FindExportEvent(input, "syncportin", &at).ok());
  EXPECT_EQ(at, 12'000);
  ASSERT_TRUE(FindExportEvent(input, "s", &at).ok());  // a key press's value
  EXPECT_EQ(at, 5'000);
  ASSERT_TRUE(FindExportEvent(input, "clap", &at).ok());
  EXPECT_FALSE(at);
  const std::atomic<int> stop{SIGINT};  // told to stop: it reads no further
  const Status stopped = FindExportEvent(input, "syncportin", &at, &stop);
  ASSERT_FALSE(stopped.ok());
  EXPECT_EQ(stopped.message(), kDiscoveryStopped);
  EXPECT_FALSE(at);
  input.path = dir.path() / "none.tsv";
  EXPECT_FALSE(FindExportEvent(input, "clap", &at).ok());
}

TEST(SyncEvent, TheFirstBoutCodedOfThatBehaviour) {
  boris::Observation o;
  o.bouts = {Point("nod", 1),
             Point("Clap", 9.5),
             Point("clap", 4.25),
             {"", "clap", "", boris::BoutKind::kState, 7, 8, ""}};
  EXPECT_EQ(FirstCoded(o, "clap"), 4.25);
  EXPECT_FALSE(FirstCoded(o, "wave"));
}

TEST(SyncEvent, OffsetsComeFromBothSidesAndMissingSidesAreNamed) {
  testing::TempDir dir;
  WriteText(dir.path() / "a.tsv", std::string(kHeader) + Sample(0) + Event(1500, "clap", "") + Sample(2000));
  WriteText(dir.path() / "b.tsv", std::string(kHeader) + Sample(0) + Sample(2000));
  std::vector<RecordingInput> recordings(3);
  for (std::size_t i = 0; i < recordings.size(); ++i) {
    recordings[i].file = i == 1 ? "b.tsv" : "a.tsv";
    recordings[i].path = dir.path() / recordings[i].file;
    recordings[i].observation = boris::Observation{};
    recordings[i].observation->id = "obs" + std::to_string(i);
    recordings[i].observation->time_offset_s = 100;  // BORIS adds it to every time
    recordings[i].observation->bouts = {Point("clap", 104)};
  }
  recordings[2].observation->bouts = {Point("nod", 104)};
  std::vector<Problem> problems;
  SyncByEvent("clap", 2, nullptr, &recordings, &problems);
  ASSERT_TRUE(recordings[0].clock_sync);
  EXPECT_DOUBLE_EQ(recordings[0].clock_sync->offset_s, 2.5);  // media 4 s, recording 1.5 s
  EXPECT_EQ(recordings[0].clock_sync_source, "sync event \"clap\": 1.500 s in the export, 4.000 s in BORIS");
  EXPECT_FALSE(recordings[1].observation);
  EXPECT_FALSE(recordings[2].observation);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(
      problems[0].message,
      "sync event \"clap\": the export has no event \"clap\": the recording's annotations are not used");
  EXPECT_NE(problems[1].message.find("observation \"obs2\" of  never codes \"clap\""), std::string::npos);

  // Told to stop: no export is read, and nothing changes.
  recordings[1].observation = boris::Observation{};
  const std::atomic<int> stop{SIGINT};
  problems.clear();
  SyncByEvent("clap", 2, &stop, &recordings, &problems);
  EXPECT_TRUE(recordings[1].observation);
  EXPECT_FALSE(recordings[1].clock_sync);
  EXPECT_TRUE(problems.empty());
}

TEST(SyncEvent, AGeneratedStudyWithoutItsSyncTableIsPlacedByItsClaps) {
  testing::TempDir dir;
  gen::StudyOptions generate;
  generate.out = dir.path() / "study";
  generate.recordings = 4;
  generate.minutes = 0.2;
  gen::GeneratedStudy truth;
  ASSERT_TRUE(gen::GenerateStudy(generate, &truth).ok());
  fs::remove(generate.out / "sync.csv");
  RunOptions options;
  options.study = generate.out;
  options.out = dir.path() / "out";
  options.settings.behavior.sync_event = "sync";
  RunSummary summary;
  ASSERT_TRUE(RunStudy(options, nullptr, &summary).ok());
  for (const Problem& p : summary.problems) EXPECT_NE(p.stage, Stage::kSync) << p.message;
  // run.json's offsets are the planted leads, to the export's millisecond.
  std::map<std::string, double> lead;
  for (const gen::GeneratedRecording& r : truth.recordings) lead[r.recording] = r.video_lead_s;
  const nlohmann::json run = nlohmann::json::parse(gen::testing::ReadFile(options.out / "run.json"));
  ASSERT_EQ(run.at("inputs").size(), lead.size());
  for (const nlohmann::json& input : run.at("inputs")) {
    const std::string recording = input.at("recording");
    ASSERT_TRUE(input.at("clock_sync").is_object()) << recording;
    EXPECT_NEAR(input.at("clock_sync").at("offset_s").get<double>(), lead.at(recording), 0.0015) << recording;
  }
}

}  // namespace
}  // namespace tobii::study
