#include "preprocess/noise_filter.h"

#include <algorithm>

#include "util/median.h"

namespace tobii::preprocess {

namespace {

float Mean(const std::vector<float>& values) {
  double sum = 0;
  for (float v : values) sum += v;
  return static_cast<float>(sum / static_cast<double>(values.size()));
}

}  // namespace

NoiseFilter::NoiseFilter(NoiseReduction mode, int window_samples)
    : mode_(mode), half_(static_cast<std::size_t>(std::max(window_samples, 1) / 2)) {}

void NoiseFilter::Emit(std::size_t index, std::vector<GazeSample>* out) {
  GazeSample sample = window_[index];
  if (mode_ != NoiseReduction::kNone && sample.valid) {
    const std::size_t first = index >= half_ ? index - half_ : 0;
    const std::size_t last = std::min(index + half_, window_.size() - 1);
    float GazeSample::*const fields[] = {&GazeSample::x_px,      &GazeSample::y_px,  &GazeSample::gaze_x_mm,
                                         &GazeSample::gaze_y_mm, &GazeSample::dir_x, &GazeSample::dir_y,
                                         &GazeSample::dir_z};
    for (float GazeSample::*field : fields) {
      values_.clear();
      for (std::size_t i = first; i <= last; ++i) {
        if (window_[i].valid) values_.push_back(window_[i].*field);
      }
      sample.*field = mode_ == NoiseReduction::kMovingMedian ? util::MedianInPlace(&values_) : Mean(values_);
    }
  }
  out->push_back(sample);
}

void NoiseFilter::Push(std::span<const GazeSample> samples, std::vector<GazeSample>* out) {
  for (const GazeSample& sample : samples) {
    window_.push_back(sample);
    if (window_.size() > next_ + half_) {
      Emit(next_, out);
      ++next_;
    }
    if (next_ > half_) {
      window_.pop_front();
      --next_;
    }
  }
}

void NoiseFilter::Finish(std::vector<GazeSample>* out) {
  for (; next_ < window_.size(); ++next_) Emit(next_, out);
  window_.clear();
  next_ = 0;
}

}  // namespace tobii::preprocess
