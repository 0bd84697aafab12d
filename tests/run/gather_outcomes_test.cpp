// The gather step of a study run: outcomes to results and problems, in file
// order, whatever order the passes ended in.

#include "run/gather_outcomes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tobii::study {
namespace {

RecordingInput Input(const std::string& file, const std::string& participant) {
  RecordingInput input;
  input.file = file;
  input.participant_id = participant;
  input.recording = "Recording1";
  input.group = "A";
  return input;
}

PassOutcome Analysed(std::uint64_t bytes_read, double seconds) {
  PassOutcome outcome;
  outcome.result = std::make_unique<RecordingResult>();
  outcome.result->bytes_read = bytes_read;
  outcome.seconds = seconds;
  return outcome;
}

// Tells what it was told, in order.
class WarningLog : public RunObserver {
 public:
  void OnRecordingWarning(const Problem& problem) override { files.push_back(problem.file); }
  std::vector<std::string> files;
};

TEST(GatherOutcomes, AFailedPassIsAnErrorAndTheOthersAreResultsInFileOrder) {
  StudyInputs inputs;
  inputs.recordings = {Input("a.tsv", "P1"), Input("b.tsv", "P2"), Input("c.tsv", "P3")};
  inputs.problems.push_back({"notes.tsv", Severity::kWarning, Stage::kDiscover, "not read"});
  std::vector<PassOutcome> outcomes;
  outcomes.push_back(Analysed(100, 1.5));
  outcomes.push_back(Analysed(0, 0.25));
  outcomes[1].status = Status::Error("b.tsv:3:2: expected a number, found \"x\"");
  outcomes.push_back(Analysed(30, 2.0));
  outcomes[2].damage = {"1 row skipped"};

  WarningLog observer;
  RunSummary summary;
  GatherOutcomes(inputs, Settings{}, &outcomes, &observer, &summary);

  EXPECT_EQ(summary.recordings, 3u);
  EXPECT_EQ(summary.analysed, 2u);
  EXPECT_EQ(summary.failed, 1u);
  EXPECT_EQ(summary.bytes, 130u);
  ASSERT_EQ(summary.results.size(), 2u);
  EXPECT_EQ(summary.results[0].file, "a.tsv");
  EXPECT_EQ(summary.results[0].participant_id, "P1");
  EXPECT_EQ(summary.results[0].group, "A");
  EXPECT_EQ(summary.results[1].file, "c.tsv");
  // Let go once gathered: what stays for run.json is small.
  EXPECT_EQ(outcomes[0].result, nullptr);
  EXPECT_EQ(outcomes[2].result, nullptr);
  EXPECT_DOUBLE_EQ(outcomes[2].seconds, 2.0);

  // Discovery's first, then the passes', recording by recording.
  ASSERT_EQ(summary.problems.size(), 3u);
  EXPECT_EQ(summary.problems[0].file, "notes.tsv");
  EXPECT_EQ(summary.problems[1].file, "b.tsv");
  EXPECT_EQ(summary.problems[1].severity, Severity::kError);
  EXPECT_EQ(summary.problems[1].stage, Stage::kRead);
  EXPECT_EQ(summary.problems[1].message, "b.tsv:3:2: expected a number, found \"x\"");
  EXPECT_EQ(summary.problems[2].file, "c.tsv");
  EXPECT_EQ(summary.problems[2].severity, Severity::kWarning);
  EXPECT_EQ(summary.problems[2].message, "1 row skipped");

  // Only the passes' warnings are told now: discovery's were told with it,
  // failures as they happened.
  EXPECT_EQ(observer.files, std::vector<std::string>{"c.tsv"});
  // run.json still needs each outcome's status and time.
  EXPECT_FALSE(outcomes[1].status.ok());
  EXPECT_EQ(outcomes[0].seconds, 1.5);
  EXPECT_EQ(outcomes[2].seconds, 2.0);
}

TEST(GatherOutcomes, AnUnknownResolutionAndAnEmptySampleStretchAreWarnings) {
  StudyInputs inputs;
  inputs.recordings = {Input("a.tsv", "P1")};
  std::vector<PassOutcome> outcomes;
  outcomes.push_back(Analysed(0, 0));
  outcomes[0].resolution_known = false;
  outcomes[0].result->figure_data.sample.emplace();
  Settings settings;
  settings.screen.width_px = 1280;
  settings.screen.height_px = 1024;

  RunSummary summary;
  GatherOutcomes(inputs, settings, &outcomes, nullptr, &summary);

  ASSERT_EQ(summary.problems.size(), 2u);
  EXPECT_EQ(summary.problems[0].stage, Stage::kRead);
  EXPECT_NE(summary.problems[0].message.find("1280 x 1024 px are taken"), std::string::npos)
      << summary.problems[0].message;
  EXPECT_EQ(summary.problems[1].stage, Stage::kFigures);
  EXPECT_NE(summary.problems[1].message.find("no sample figure"), std::string::npos)
      << summary.problems[1].message;
  EXPECT_EQ(summary.analysed, 1u);
}

TEST(GatherOutcomes, AnnotationsPastTheRecordingsEndAreAWarningOnTheBorisFile) {
  StudyInputs inputs;
  inputs.recordings = {Input("a.tsv", "P1")};
  inputs.recordings[0].annotation_file = "boris/P1.tsv";
  inputs.recordings[0].observation.emplace();
  inputs.recordings[0].observation->id = "P1";
  std::vector<PassOutcome> outcomes;
  outcomes.push_back(Analysed(0, 0));
  BehaviorResult walking;
  walking.behavior = "walking";
  walking.clipped_s = 2.5;
  BehaviorResult sitting;
  sitting.behavior = "sitting";
  outcomes[0].result->behaviors = {walking, sitting};

  RunSummary summary;
  GatherOutcomes(inputs, Settings{}, &outcomes, nullptr, &summary);

  ASSERT_EQ(summary.problems.size(), 1u);
  EXPECT_EQ(summary.problems[0].file, "boris/P1.tsv");
  EXPECT_EQ(summary.problems[0].stage, Stage::kBoris);
  EXPECT_EQ(
      summary.problems[0].message,
      "observation \"P1\": 2.500 s of \"walking\" lie past the end of recording \"Recording1\": clipped");
}

TEST(GatherOutcomes, ARecordingOnAScreenOfAnotherShapeIsNamedAsLeftOutOfTheHeatMaps) {
  StudyInputs inputs;
  inputs.recordings = {Input("a.tsv", "P1"), Input("b.tsv", "P2"), Input("c.tsv", "P3")};
  std::vector<PassOutcome> outcomes;
  for (int i = 0; i < 3; ++i) {
    outcomes.push_back(Analysed(0, 0));
    outcomes.back().result->on_screen_samples = 10;
    outcomes.back().result->figure_data.gaze = {64, 36, 527, 296, 650, {}};
  }
  outcomes[1].result->figure_data.gaze.rows = 51;  // a 5:4 screen among 16:9 ones

  RunSummary summary;
  GatherOutcomes(inputs, Settings{}, &outcomes, nullptr, &summary);

  ASSERT_EQ(summary.problems.size(), 1u);
  EXPECT_EQ(summary.problems[0].file, "b.tsv");
  EXPECT_EQ(summary.problems[0].severity, Severity::kWarning);
  EXPECT_EQ(summary.problems[0].stage, Stage::kFigures);
  EXPECT_EQ(summary.problems[0].message,
            "its screen's shape gives its gaze grid 64 x 51 cells, most recordings' 64 x 36: left out of the "
            "group heat maps (figure 1)");
}

}  // namespace
}  // namespace tobii::study
