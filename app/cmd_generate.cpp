// `tobii-pipeline generate --out DIR`: write a synthetic study.

#include <memory>

#include <fmt/format.h>

#include "commands.h"
#include "gen_study/study_generator.h"
#include "tobii/recording_format.h"

namespace tobii::app {

namespace {

// Tobii trackers sample at 30 to 1200 Hz; the generator accepts a margin
// around that.
constexpr double kMinSamplingRateHz = 10;
constexpr double kMaxSamplingRateHz = 2000;

}  // namespace

CommandRunner AddGenerateCommand(CLI::App* command) {
  auto options = std::make_shared<gen::StudyOptions>();
  auto no_boris = std::make_shared<bool>(false);
  command->add_option("--out", options->out, "study folder to write")->required();
  command->add_option("--recordings", options->recordings, "number of exports")->check(CLI::Range(1, 100000));
  command->add_option("--minutes", options->minutes, "length of each recording")->check(CLI::Range(0.01, 600.0));
  command->add_option("--hz", options->hz, "sampling rate")->check(CLI::Range(kMinSamplingRateHz, kMaxSamplingRateHz));
  command->add_option("--seed", options->seed, "random seed");
  command->add_option("--jobs", options->jobs, "threads (default: all cores)")->check(CLI::NonNegativeNumber);
  command->add_flag("--no-boris", *no_boris, "do not write BORIS annotations");
  command->add_option("--gaze-noise-deg", options->gaze_noise_deg, "gaze noise per eye, RMS degrees")
      ->check(CLI::Range(0.0, 5.0))->capture_default_str();
  auto formats = std::make_shared<std::vector<std::string>>();
  std::string keys;
  for (io::RecordingFormat f : io::AllRecordingFormats()) keys += (keys.empty() ? "" : ", ") + std::string(io::FormatKey(f));
  command->add_option("--formats", *formats,
                      "the recordings' formats, handed out in turn: " + keys + ", or all (default: pro-lab)")
      ->delimiter(',');
  return [options, no_boris, formats] {
    options->boris = !*no_boris;
    if (!formats->empty()) options->formats.clear();
    for (const std::string& key : *formats) {
      io::RecordingFormat format;
      if (key == "all") {
        options->formats = io::AllRecordingFormats();
      } else if (io::ParseFormatKey(key, &format)) {
        options->formats.push_back(format);
      } else {
        fmt::print(stderr, "error: --formats: unknown format \"{}\"\n", key);
        return kExitUsage;
      }
    }
    gen::GeneratedStudy study;
    if (Status s = gen::GenerateStudy(*options, &study); !s.ok()) {
      PrintError(s.message());
      return kExitNothingAnalysed;
    }
    fmt::print("wrote {} recordings ({:.1f} MB) to {}\n", study.recordings.size(),
               static_cast<double>(study.bytes) / 1e6, options->out.string());
    return kExitOk;
  };
}

}  // namespace tobii::app
