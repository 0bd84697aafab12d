// run.json: written with its per-recording and per-file lists streamed
// from the study's inputs, it is the document it describes, byte for byte;
// the report reads only what it shows of those lists.

#include "run/run_json.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "report/run_record.h"
#include "support/temp_dir.h"

namespace tobii::study {
namespace {

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

RecordingInput Input(const std::string& file, const std::string& participant, const std::string& group) {
  RecordingInput input;
  input.file = file;
  input.participant_id = participant;
  input.recording = "rest \"1\"";  // escaped in the file
  input.group = group;
  input.bytes = 1000;
  return input;
}

struct Study {
  StudyInputs inputs;
  std::vector<PassOutcome> outcomes;
  RunSummary summary;
};

Study SmallStudy(std::size_t recordings) {
  Study study;
  for (std::size_t i = 0; i < recordings; ++i) {
    // Built by appending: GCC 12 warns falsely on "literal" + std::string.
    std::string file = "data/r", participant = "P";
    file.append(std::to_string(i)).append(".tsv");
    participant.append(std::to_string(i / 2));
    study.inputs.recordings.push_back(Input(file, participant, i % 3 == 0 ? "A" : "B"));
    study.outcomes.emplace_back().seconds = 0.5 + static_cast<double>(i);
    study.inputs.files.push_back({study.inputs.recordings.back().file, "recording", "Pro Lab export"});
  }
  if (recordings > 1) study.outcomes[1].status = Status::Error("data/r1.tsv:2:1: expected a number");
  study.inputs.files.push_back({"notes.pdf", "not read", "not a recording"});
  study.inputs.files.push_back({"old/", "not read", "empty folder"});
  study.summary.problems.push_back({"data/r1.tsv", Severity::kError, Stage::kRead, "expected a number"});
  return study;
}

TEST(RunJson, TheStreamedFileIsTheWholeDocumentDumped) {
  for (const std::size_t recordings : {0u, 1u, 7u}) {
    testing::TempDir dir;
    const Study study = SmallStudy(recordings);
    RunOptions options;
    options.study = "study";
    const RunRecord record = RunJson(options, study.inputs, study.outcomes, 2, RunTimings{}, study.summary);
    ASSERT_TRUE(WriteRunJson(dir.path() / "run.json", record).ok());
    const std::string written = ReadText(dir.path() / "run.json");

    const nlohmann::json parsed = nlohmann::json::parse(written);
    ASSERT_EQ(parsed.at("inputs").size(), recordings);
    ASSERT_EQ(parsed.at("files").size(), recordings + 2);
    if (recordings == 7) {
      EXPECT_EQ(parsed.at("inputs")[1].at("status"), "failed");
      EXPECT_EQ(parsed.at("inputs")[2].at("recording"), "rest \"1\"");
      // Groups: analysed recordings and their participants (r1 failed;
      // A: r0, r3, r6 of P0, P1, P3).
      EXPECT_EQ(parsed.at("groups"), nlohmann::json::parse(R"([
        {"group": "A", "participants": 3, "recordings": 3},
        {"group": "B", "participants": 2, "recordings": 3}])"));  // r2, r4, r5: P1, P2
    }
    // The same bytes as the whole document dumped at once.
    EXPECT_EQ(written, parsed.dump(2) + "\n") << recordings << " recordings";
  }
}

TEST(RunJson, TheReportGetsTheFilesNotReadAndNoInputs) {
  testing::TempDir dir;
  const Study study = SmallStudy(5);
  const RunRecord record =
      RunJson(RunOptions{}, study.inputs, study.outcomes, 2, RunTimings{}, study.summary);
  ASSERT_TRUE(WriteRunJson(dir.path() / "run.json", record).ok());

  const nlohmann::json view = ReportView(record);
  EXPECT_FALSE(view.contains("inputs"));
  const nlohmann::json not_read = nlohmann::json::parse(R"([
    {"file": "notes.pdf", "role": "not read", "detail": "not a recording"},
    {"file": "old/", "role": "not read", "detail": "empty folder"}])");
  EXPECT_EQ(view.at("files"), not_read);
  EXPECT_EQ(view.at("groups"), record.head.at("groups"));

  // `figures OUT` reads the same of the file.
  const nlohmann::json read = report::ReadRunRecord(dir.path() / "run.json");
  EXPECT_EQ(read.at("files"), not_read);
  EXPECT_TRUE(read.at("inputs").empty());
  EXPECT_EQ(read.at("groups"), view.at("groups"));
  EXPECT_EQ(read.at("problems"), view.at("problems"));
  EXPECT_EQ(read.at("settings"), view.at("settings"));

  // A record without "groups" (an earlier version's) keeps its inputs,
  // for the overview to count.
  nlohmann::json old = nlohmann::json::parse(ReadText(dir.path() / "run.json"));
  old.erase("groups");
  std::ofstream(dir.path() / "old.json") << old.dump(2);
  EXPECT_EQ(report::ReadRunRecord(dir.path() / "old.json").at("inputs").size(), 5u);
  EXPECT_TRUE(report::ReadRunRecord(dir.path() / "missing.json").is_null());
}

}  // namespace
}  // namespace tobii::study
