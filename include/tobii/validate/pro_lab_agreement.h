// Agreement with Tobii Pro Lab's own I-VT: a Pro Lab export that carries
// `Eye movement type` and `Eye movement type index` per sample holds Tobii's
// classification; this runs ours on the same samples and compares them
// sample by sample. Used by tools/validate/validate_pro_lab.cpp and the
// tests. Holds the recording's labels in memory: for validation files, not
// for studies.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::validate {

// Sample classes compared: Tobii's Fixation, Saccade, and everything else
// (Unclassified, EyesNotFound) as Other.
enum SampleLabel { kFixationLabel = 0, kSaccadeLabel = 1, kOtherLabel = 2 };

struct Agreement {
  std::int64_t samples = 0;
  std::array<std::array<std::int64_t, 3>, 3> confusion{};  // [tobii][ours]
  std::int64_t tobii_fixations = 0;
  std::int64_t our_fixations = 0;

  double agreement() const {
    std::int64_t same = 0;
    for (int i = 0; i < 3; ++i) same += confusion[i][i];
    return samples > 0 ? static_cast<double>(same) / static_cast<double>(samples) : 0.0;
  }
};

Status CompareWithProLab(const std::string& path, const Settings& settings, Agreement* agreement);

}  // namespace tobii::validate
