// `tobii-pipeline demo`: generate a small study and analyse it, so a new
// user sees every output in one command.

#include <memory>

#include <fmt/format.h>

#include "commands.h"
#include "gen_study/study_generator.h"

namespace tobii::app {

namespace {

// Small enough to run in seconds, large enough to show both groups and the
// mixed file flavours (decimal comma, BOM, CRLF) of the generator.
constexpr int kDemoRecordings = 8;
constexpr double kDemoMinutes = 2.0;
constexpr double kDemoHz = 120.0;
constexpr std::uint64_t kDemoSeed = 2024;

}  // namespace

CommandRunner AddDemoCommand(CLI::App* command, const std::vector<std::string>* command_line) {
  auto out = std::make_shared<std::filesystem::path>("tobii-demo");
  command->add_option("--out", *out, "folder for the demo study and its results")->capture_default_str();
  return [out, command_line] {
    gen::StudyOptions generate;
    generate.out = *out / "study";
    generate.recordings = kDemoRecordings;
    generate.minutes = kDemoMinutes;
    generate.hz = kDemoHz;
    generate.seed = kDemoSeed;
    gen::GeneratedStudy generated;
    if (Status s = gen::GenerateStudy(generate, &generated); !s.ok()) {
      PrintError(s.message());
      return kExitNothingAnalysed;
    }
    fmt::print(stderr, "generated a demo study of {} recordings in {}\n", generated.recordings.size(),
               std::filesystem::absolute(generate.out).lexically_normal().string());
    study::RunOptions run;
    run.study = generate.out;
    run.out = *out / "results";
    run.command_line = *command_line;
    run.require_groups = true;  // the generated study has its participants table
    return RunStudyAndReport(run);
  };
}

}  // namespace tobii::app
