#include "preprocess/preprocess.h"

#include "preprocess/eye_selection.h"

namespace tobii::preprocess {

Preprocessor::Preprocessor(const PreprocessSettings& settings, const ScreenGeometry& screen)
    : settings_(settings),
      screen_(screen),
      gap_filler_(settings.gap_fill_max_ms),
      noise_filter_(settings.noise, settings.noise_window_samples) {}

void Preprocessor::Select(std::vector<GazeSample>* out) {
  selected_.clear();
  for (const Sample& sample : filled_) selected_.push_back(SelectEyes(sample, settings_.eye, screen_));
  filled_.clear();
  noise_filter_.Push(selected_, out);
}

void Preprocessor::Push(std::span<const Sample> samples, std::vector<GazeSample>* out) {
  gap_filler_.Push(samples, &filled_);
  Select(out);
}

void Preprocessor::Finish(std::vector<GazeSample>* out) {
  gap_filler_.Finish(&filled_);
  Select(out);
  noise_filter_.Finish(out);
}

}  // namespace tobii::preprocess
