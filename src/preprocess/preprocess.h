// Preprocessor: reader samples in, gaze samples out, through Tobii's I-VT
// preprocessing in its order (Olsen 2012): gap fill-in, eye selection,
// noise reduction. Settings: PreprocessSettings in tobii/settings.h.
//
// Streams: holds at most the gap fill-in's `gap_fill_max_ms` of samples plus
// half a noise window. The output is the same for any chunking.
#pragma once

#include <span>
#include <vector>

#include "preprocess/gap_fill.h"
#include "preprocess/gaze_sample.h"
#include "preprocess/noise_filter.h"
#include "tobii/sample.h"
#include "tobii/settings.h"

namespace tobii::preprocess {

class Preprocessor {
 public:
  Preprocessor(const PreprocessSettings& settings, const ScreenGeometry& screen);

  // Appends the samples that are final to *out (which is not cleared).
  void Push(std::span<const Sample> samples, std::vector<GazeSample>* out);
  // Appends the rest.
  void Finish(std::vector<GazeSample>* out);

 private:
  void Select(std::vector<GazeSample>* out);

  PreprocessSettings settings_;
  ScreenGeometry screen_;
  GapFiller gap_filler_;
  NoiseFilter noise_filter_;
  std::vector<Sample> filled_;        // scratch, reused
  std::vector<GazeSample> selected_;  // scratch, reused
};

}  // namespace tobii::preprocess
