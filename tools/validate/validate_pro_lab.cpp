// validate-pro-lab [analysis options] FILE...: how our event detection
// agrees with Tobii Pro Lab's own classification in Pro Lab exports that
// carry `Eye movement type`. Prints per file the sample agreement, the
// confusion table and the fixation counts. The options are `run`'s
// (`--eye`, `--noise`, `--detector`, ...).

#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "analysis_options.h"
#include "tobii/validate/pro_lab_agreement.h"

int main(int argc, char** argv) {
  CLI::App app{"Compare our event detection with Pro Lab's per-sample classification"};
  std::vector<std::string> files;
  tobii::Settings settings;
  app.add_option("files", files, "Pro Lab exports with Eye movement type")->required();
  const auto check_analysis = tobii::app::AddAnalysisOptions(&app, &settings);
  CLI11_PARSE(app, argc, argv);
  if (const tobii::Status s = check_analysis(); !s.ok()) {
    fmt::print(stderr, "error: {}\n", s.message());
    return 2;
  }

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
