// validate-pro-lab [--eye E] [--noise N] [--noise-window W] FILE...: how our
// I-VT agrees with Tobii Pro Lab's own classification in Pro Lab exports
// that carry `Eye movement type`. Prints per file the sample agreement, the
// confusion table and the fixation counts.

#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "validate/pro_lab_agreement.h"

int main(int argc, char** argv) {
  CLI::App app{"Compare our I-VT with Pro Lab's per-sample classification"};
  std::vector<std::string> files;
  tobii::Settings settings;
  const std::map<std::string, tobii::EyeSelection> eyes = {{"left", tobii::EyeSelection::kLeft},
                                                           {"right", tobii::EyeSelection::kRight},
                                                           {"average", tobii::EyeSelection::kAverage},
                                                           {"strict", tobii::EyeSelection::kStrictAverage}};
  const std::map<std::string, tobii::NoiseReduction> noises = {{"none", tobii::NoiseReduction::kNone},
                                                               {"median", tobii::NoiseReduction::kMovingMedian},
                                                               {"average", tobii::NoiseReduction::kMovingAverage}};
  app.add_option("files", files, "Pro Lab exports with Eye movement type")->required();
  app.add_option("--eye", settings.preprocess.eye, "eye selection")->transform(CLI::CheckedTransformer(eyes));
  app.add_option("--noise", settings.preprocess.noise, "noise reduction")->transform(CLI::CheckedTransformer(noises));
  app.add_option("--noise-window", settings.preprocess.noise_window_samples, "noise window in samples");
  CLI11_PARSE(app, argc, argv);

  int failures = 0;
  const char* names[] = {"fixation", "saccade", "other"};
  for (const std::string& file : files) {
    tobii::validate::Agreement a;
    const tobii::Status s = tobii::validate::CompareWithProLab(file, settings, &a);
    if (!s.ok()) {
      fmt::print(stderr, "error: {}\n", s.message());
      ++failures;
      continue;
    }
    fmt::print("{}\n  samples {}, agreement {:.2f} %, fixations: Tobii {}, ours {} ({:+.1f} %)\n", file, a.samples,
               100.0 * a.agreement(), a.tobii_fixations, a.our_fixations,
               a.tobii_fixations > 0 ? 100.0 * static_cast<double>(a.our_fixations - a.tobii_fixations) /
                                           static_cast<double>(a.tobii_fixations)
                                     : 0.0);
    fmt::print("  {:>14} {:>9} {:>9} {:>9}\n", "Tobii \\ ours", names[0], names[1], names[2]);
    for (int t = 0; t < 3; ++t) {
      fmt::print("  {:>14} {:>9} {:>9} {:>9}\n", names[t], a.confusion[t][0], a.confusion[t][1], a.confusion[t][2]);
    }
  }
  return failures > 0 ? 1 : 0;
}
