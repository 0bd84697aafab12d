// `tobii-pipeline inspect` as a user runs it: what it prints and its exit
// status.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "support/temp_dir.h"

namespace tobii {
namespace {

namespace fs = std::filesystem;

struct ProgramRun {
  int status = -1;
  std::string out;  // standard output; standard error is dropped
};

ProgramRun RunProgram(const std::string& arguments) {
  const std::string command = std::string("\"") + TOBII_PIPELINE_EXE + "\" " + arguments + " 2>/dev/null";
  ProgramRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
  const int status = ::pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string Quoted(const fs::path& path) {
  std::string quoted = path.string();
  quoted.insert(quoted.begin(), '"');
  quoted.push_back('"');
  return quoted;
}

// The line of `text` that starts with `start`, or "".
std::string LineStarting(const std::string& text, const std::string& start) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find('\n', at);
    const std::string line = text.substr(at, end - at);
    if (line.starts_with(start)) return line;
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return {};
}

class InspectCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    study_ = dir_.path() / "study";
    ASSERT_EQ(RunProgram("generate --out " + Quoted(study_) + " --recordings 1 --minutes 0.2 --hz 120 --no-boris").status,
              0);
    recording_ = study_ / "data_G" / "P001_G.tsv";
    ASSERT_TRUE(fs::exists(recording_));
    testing::WriteText(study_ / "notes.txt", "calibrated twice\n");
  }

  testing::TempDir dir_;
  fs::path study_;
  fs::path recording_;
};

TEST_F(InspectCommand, OneRecordingIsDescribedKeyByKey) {
  const ProgramRun run = RunProgram("inspect " + Quoted(recording_));
  ASSERT_EQ(run.status, 0) << run.out;
  EXPECT_EQ(LineStarting(run.out, "file: "), "file: " + recording_.string());
  EXPECT_EQ(LineStarting(run.out, "kind: "), "kind: recording");
  EXPECT_EQ(LineStarting(run.out, "format: "), "format: Tobii Pro Lab data export (pro-lab)");
  EXPECT_EQ(LineStarting(run.out, "rate: "), "rate: 120.0 Hz");
  EXPECT_EQ(LineStarting(run.out, "participant: "), "participant: P001");
  EXPECT_EQ(LineStarting(run.out, "problems: "), "problems: 0");
}

TEST_F(InspectCommand, AFolderIsATableWithTheReasonForEachFileNotRead) {
  const ProgramRun run = RunProgram("inspect " + Quoted(study_));
  ASSERT_EQ(run.status, 0) << run.out;
  EXPECT_TRUE(run.out.starts_with("file ")) << run.out;
  const std::string recording = LineStarting(run.out, recording_.string() + " ");
  EXPECT_NE(recording.find(" pro-lab "), std::string::npos) << run.out;
  EXPECT_NE(recording.find(" 120.0 "), std::string::npos) << recording;
  const std::string notes = LineStarting(run.out, (study_ / "notes.txt").string() + " ");
  EXPECT_TRUE(notes.ends_with("  text of no format tobii-pipeline reads")) << run.out;
  const std::string participants = LineStarting(run.out, (study_ / "participants.tsv").string() + " ");
  EXPECT_NE(participants.find("participants table"), std::string::npos) << run.out;
}

TEST_F(InspectCommand, JsonIsForScripts) {
  const ProgramRun run = RunProgram("inspect --json " + Quoted(recording_) + " " + Quoted(study_ / "notes.txt"));
  ASSERT_EQ(run.status, 0) << run.out;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json["files"].size(), 2u);
  EXPECT_EQ(json["files"][0]["format"], "pro-lab");
  EXPECT_NEAR(json["files"][0]["rate_hz"].get<double>(), 120.0, 1.2);
  EXPECT_EQ(json["files"][1]["read"], false);
  EXPECT_EQ(json["files"][1]["not_read"], "text of no format tobii-pipeline reads");
}

TEST_F(InspectCommand, AFileThatCannotBeOpenedExitsWithOneAndUsageWithTwo) {
  const ProgramRun missing = RunProgram("inspect " + Quoted(recording_) + " " + Quoted(study_ / "missing.tsv"));
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(LineStarting(missing.out, (study_ / "missing.tsv").string() + " ").find("cannot be opened"),
            std::string::npos)
      << missing.out;
  EXPECT_EQ(RunProgram("inspect").status, 2);
  EXPECT_EQ(RunProgram("inspect --frobnicate " + Quoted(recording_)).status, 2);
}

}  // namespace
}  // namespace tobii
