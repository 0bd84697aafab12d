#include "study_config.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "analysis_options.h"
#include "support/temp_dir.h"

namespace tobii::app {
namespace {

namespace fs = std::filesystem;

struct Parsed {
  Status status;
  Settings settings;
  bool flag = false;  // a plain flag, as `run` has them
  std::string path;   // a path option
  std::vector<study::SyncEntry> sync;
};

// Parses `arguments`, applies the config text, then the analysis checks:
// the order `run` uses.
Parsed Apply(const std::string& config, std::vector<std::string> arguments) {
  testing::TempDir dir;
  const fs::path file = dir.path() / "cfg" / "study.toml";
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << config;
  Parsed parsed;
  CLI::App app;
  const auto check = AddAnalysisOptions(&app, &parsed.settings);
  app.add_flag("--write-events", parsed.flag);
  app.add_option("--sync-table", parsed.path);
  app.add_option("--out");
  arguments.insert(arguments.begin(), "test");
  std::vector<char*> argv;
  for (std::string& a : arguments) argv.push_back(a.data());
  app.parse(static_cast<int>(argv.size()), argv.data());
  parsed.status = ApplyStudyConfig(file, &app, &parsed.sync);
  if (parsed.status.ok()) parsed.status = check();
  // Paths come back relative to the temporary folder, which is gone.
  if (!parsed.path.empty()) parsed.path = fs::relative(parsed.path, dir.path()).string();
  return parsed;
}

TEST(StudyConfig, KeysAreTheOptionsAndTheCommandLineWins) {
  const std::string config =
      "# a study\n"
      "detector = \"idt\"\n"
      "screen-width-mm = 531\n"      // an integer where a number goes
      "velocity-threshold = 45.5\n"
      "write-events = true\n"
      "boris-subject = \"child\"\n"
      "sync-table = \"clocks.csv\"\n";
  Parsed from_file = Apply(config, {});
  ASSERT_TRUE(from_file.status.ok()) << from_file.status.message();
  EXPECT_EQ(from_file.settings.detector, "idt");
  EXPECT_EQ(from_file.settings.screen.width_mm, 531.0);
  EXPECT_EQ(from_file.settings.ivt.velocity_threshold_deg_per_s, 45.5);
  EXPECT_TRUE(from_file.flag);
  EXPECT_EQ(from_file.settings.behavior.subject, "child");
  EXPECT_EQ(from_file.path, "cfg/clocks.csv");  // beside the config

  Parsed overridden = Apply(config, {"--detector", "engbert_kliegl", "--velocity-threshold", "20"});
  ASSERT_TRUE(overridden.status.ok()) << overridden.status.message();
  EXPECT_EQ(overridden.settings.detector, "engbert_kliegl");
  EXPECT_EQ(overridden.settings.ivt.velocity_threshold_deg_per_s, 20.0);
  EXPECT_EQ(overridden.settings.screen.width_mm, 531.0);
}

TEST(StudyConfig, AConfigValueBeatsThePresetAsAFlagWould) {
  Parsed parsed = Apply("ivt-preset = \"attention\"\nvelocity-threshold = 60\n", {});
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  EXPECT_EQ(parsed.settings.ivt.velocity_threshold_deg_per_s, 60.0);
  Parsed flag_false = Apply("ivt-preset = \"coders\"\ndrop-saccades-at-loss = false\n", {});
  ASSERT_TRUE(flag_false.status.ok()) << flag_false.status.message();
  EXPECT_FALSE(flag_false.settings.ivt.drop_saccades_at_loss);
}

TEST(StudyConfig, TheVelocityWindowKeepsItsKey) {
  Parsed parsed = Apply("velocity-window-ms = 30\ndetector = \"idt\"\n", {});
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  EXPECT_EQ(parsed.settings.velocity.window_ms, 30.0);
  EXPECT_FALSE(Apply("velocity-window-ms = 0\n", {}).status.ok());
}

TEST(StudyConfig, ArraysGiveAnOptionSeveralValues) {
  testing::TempDir dir;
  const fs::path file = dir.path() / "study.toml";
  testing::WriteText(file, "violin = [\"pupil_mean_mm\", \"validity_pct\"]\n");
  CLI::App app;
  std::vector<std::string> metrics;
  app.add_option("--violin", metrics)->check(CLI::IsMember({"pupil_mean_mm", "validity_pct"}));
  app.parse(std::vector<std::string>{});
  std::vector<study::SyncEntry> sync;
  const Status s = ApplyStudyConfig(file, &app, &sync);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(metrics, (std::vector<std::string>{"pupil_mean_mm", "validity_pct"}));
  testing::WriteText(file, "violin = [\"pupil_mean_mm\", \"nope\"]\n");
  metrics.clear();
  CLI::App again;
  again.add_option("--violin", metrics)->check(CLI::IsMember({"pupil_mean_mm", "validity_pct"}));
  again.parse(std::vector<std::string>{});
  EXPECT_FALSE(ApplyStudyConfig(file, &again, &sync).ok());
}

TEST(StudyConfig, SyncTablesBecomeEntries) {
  Parsed parsed = Apply(
      "[[sync]]\nrecording = \"Recording1\"\nparticipant_id = \"P01\"\noffset_s = 2.5\ndrift_ppm = -12\n\n"
      "[[sync]]\nrecording = \"rest\"\noffset_s = 1\n",
      {});
  ASSERT_TRUE(parsed.status.ok()) << parsed.status.message();
  ASSERT_EQ(parsed.sync.size(), 2u);
  EXPECT_EQ(parsed.sync[0].recording, "Recording1");
  EXPECT_EQ(parsed.sync[0].participant_id, "P01");
  EXPECT_EQ(parsed.sync[0].clock.offset_s, 2.5);
  EXPECT_EQ(parsed.sync[0].clock.drift_ppm, -12.0);
  EXPECT_NE(parsed.sync[0].where.find("study.toml:1"), std::string::npos);
  EXPECT_EQ(parsed.sync[1].clock.offset_s, 1.0);
  EXPECT_EQ(parsed.sync[1].clock.drift_ppm, 0.0);
  EXPECT_TRUE(Apply("sync = []\n", {}).status.ok());  // none, spelled out
}

// The message after the temporary folder's path: "study.toml:LINE:COL: ...".
std::string Message(const Parsed& parsed) {
  const std::string& m = parsed.status.message();
  const std::size_t at = m.find("study.toml");
  return at == std::string::npos ? m : m.substr(at);
}

TEST(StudyConfig, MistakesNameFileLineAndColumn) {
  EXPECT_EQ(Message(Apply("\ndetectr = \"idt\"\n", {})),
            "study.toml:2:1: unknown setting \"detectr\": the keys are the options of `tobii-pipeline run --help` "
            "without their dashes, and [[sync]]");
  EXPECT_EQ(Message(Apply("screen-width-mm = -3\n", {})),
            "study.toml:1:19: screen-width-mm = -3: --screen-width-mm: must be more than zero, not -3");
  EXPECT_EQ(Message(Apply("detector = [\"idt\"]\n", {})),
            "study.toml:1:12: expected a string, a number or true/false for \"detector\"");
  EXPECT_EQ(Message(Apply("out = \"x\"\n", {})),
            "study.toml:1:1: \"out\" belongs on the command line, not in a study's config");
  EXPECT_EQ(Message(Apply("[[sync]]\nrecording = \"r\"\noffset_s = \"2\"\n", {})),
            "study.toml:3:12: expected a number for \"offset_s\"");
  EXPECT_EQ(Message(Apply("[[sync]]\nrecording = \"r\"\n", {})),
            "study.toml:1:1: a [[sync]] table needs a recording and an offset_s");
  EXPECT_EQ(Message(Apply("[[sync]]\nrecording = \"r\"\noffset = 2\n", {})).substr(0, 35),
            "study.toml:3:1: unknown key \"offset");
  const Parsed syntax = Apply("detector = \"idt\n", {});
  EXPECT_FALSE(syntax.status.ok());
  EXPECT_EQ(Message(syntax).substr(0, 13), "study.toml:1:");
  // Checks across options see the config's values too.
  EXPECT_FALSE(Apply("blink-min-ms = 600\n", {}).status.ok());
}

TEST(StudyConfig, AMissingFileIsNamed) {
  CLI::App app;
  std::vector<study::SyncEntry> sync;
  const Status s = ApplyStudyConfig("no/such/study.toml", &app, &sync);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "no/such/study.toml: no such config file");
}

}  // namespace
}  // namespace tobii::app
