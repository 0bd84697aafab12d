// validate-pro-lab FILE...: how our I-VT agrees with Tobii Pro Lab's own
// classification in Pro Lab exports that carry `Eye movement type`.
// Prints per file the sample agreement, the confusion table and the
// fixation counts.

#include <cstdio>

#include <fmt/format.h>

#include "validate/pro_lab_agreement.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: validate-pro-lab EXPORT.tsv...\n");
    return 2;
  }
  int failures = 0;
  const char* names[] = {"fixation", "saccade", "other"};
  for (int i = 1; i < argc; ++i) {
    tobii::validate::Agreement a;
    const tobii::Status s = tobii::validate::CompareWithProLab(argv[i], tobii::Settings{}, &a);
    if (!s.ok()) {
      fmt::print(stderr, "error: {}\n", s.message());
      ++failures;
      continue;
    }
    fmt::print("{}\n  samples {}, agreement {:.2f} %, fixations: Tobii {}, ours {} ({:+.1f} %)\n", argv[i],
               a.samples, 100.0 * a.agreement(), a.tobii_fixations, a.our_fixations,
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
