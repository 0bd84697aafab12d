#include "events/engbert_kliegl.h"

#include <algorithm>
#include <cmath>

#include "events/run_length.h"
#include "util/median.h"
#include "util/units.h"

namespace tobii::events {

namespace {

using util::kMicrosecondsPerMillisecond;
using util::kMicrosecondsPerSecond;

// Median of the present values of `values`, squared or not (NaN when none).
double Median(const std::vector<float>& values, bool squared, std::vector<float>* scratch) {
  scratch->clear();
  for (float v : values) {
    if (IsPresent(v)) scratch->push_back(squared ? v * v : v);
  }
  return util::MedianInPlace(scratch);
}

// Mean-based SD of the present values (population form, as microsacc.m).
double MeanBasedSd(const std::vector<float>& values) {
  double sum = 0, squares = 0;
  std::size_t n = 0;
  for (float v : values) {
    if (!IsPresent(v)) continue;
    sum += v;
    squares += static_cast<double>(v) * v;
    ++n;
  }
  if (n == 0) return 0;
  const double mean = sum / static_cast<double>(n);
  return std::sqrt(std::max(0.0, squares / static_cast<double>(n) - mean * mean));
}

double NoiseSd(const std::vector<float>& values, std::vector<float>* scratch) {
  const double median = Median(values, false, scratch);
  const double median_of_squares = Median(values, true, scratch);
  const double variance = median_of_squares - median * median;
  if (std::isnan(variance) || variance <= 0) return MeanBasedSd(values);
  return std::sqrt(variance);
}

// (v / threshold)^2, with a zero threshold passing only zero velocity.
double Term(double v, double threshold) {
  if (threshold > 0) return (v / threshold) * (v / threshold);
  return v == 0 ? 0.0 : INFINITY;
}

}  // namespace

EngbertKlieglClassifier::EngbertKlieglClassifier(const EngbertKlieglSettings& settings, const ScreenGeometry& screen)
    : settings_(settings),
      screen_(screen),
      block_us_(static_cast<std::int64_t>(settings.noise_window_s * kMicrosecondsPerSecond)),
      recent_(2),  // no samples before the first
      min_saccade_us_(static_cast<std::int64_t>(settings.min_saccade_duration_ms * kMicrosecondsPerMillisecond)) {}

void EngbertKlieglClassifier::Push(std::span<const LabelledSample> samples, std::vector<LabelledSample>* out) {
  for (const LabelledSample& sample : samples) Enter(sample, out);
}

void EngbertKlieglClassifier::Finish(std::vector<LabelledSample>* out) {
  Enter(std::nullopt, out);  // no samples after the last
  Enter(std::nullopt, out);
  CloseBlock(out);
  for (LabelledSample s : candidates_) {  // a run too short to be a saccade ends the recording
    s.label = SampleClass::kFixation;
    out->push_back(s);
  }
  candidates_.clear();
}

void EngbertKlieglClassifier::Enter(std::optional<LabelledSample> sample, std::vector<LabelledSample>* out) {
  recent_.push_back(std::move(sample));
  if (recent_.size() < 5) return;
  const LabelledSample& middle = *recent_[2];
  float vx = kMissing, vy = kMissing;
  const bool all_valid = std::all_of(recent_.begin(), recent_.end(), [](const std::optional<LabelledSample>& s) {
    return s && s->label != SampleClass::kLost;
  });
  if (all_valid) {
    const preprocess::DirectionDeg d0 = preprocess::GazeDirectionDeg(recent_[0]->gaze, screen_);
    const preprocess::DirectionDeg d1 = preprocess::GazeDirectionDeg(recent_[1]->gaze, screen_);
    const preprocess::DirectionDeg d3 = preprocess::GazeDirectionDeg(recent_[3]->gaze, screen_);
    const preprocess::DirectionDeg d4 = preprocess::GazeDirectionDeg(recent_[4]->gaze, screen_);
    const double seconds = static_cast<double>(recent_[4]->gaze.time_us + recent_[3]->gaze.time_us -
                                               recent_[1]->gaze.time_us - recent_[0]->gaze.time_us) /
                           kMicrosecondsPerSecond;
    if (seconds > 0) {
      vx = static_cast<float>((d4.x + d3.x - d1.x - d0.x) / seconds);
      vy = static_cast<float>((d4.y + d3.y - d1.y - d0.y) / seconds);
    }
  }
  block_.push_back(middle);
  vx_.push_back(vx);
  vy_.push_back(vy);
  recent_.pop_front();
  if (block_.back().gaze.time_us - block_.front().gaze.time_us >= block_us_ || block_.size() >= kMaxNoiseBlockSamples) {
    CloseBlock(out);
  }
}

EngbertKlieglClassifier::Thresholds EngbertKlieglClassifier::Estimate() const {
  return {settings_.lambda * NoiseSd(vx_, &scratch_), settings_.lambda * NoiseSd(vy_, &scratch_)};
}

// Labels the block's samples with its own thresholds, or, for a tail
// shorter than half a block, with the block before's.
void EngbertKlieglClassifier::CloseBlock(std::vector<LabelledSample>* out) {
  if (block_.empty()) return;
  const bool short_tail =
      previous_ && block_.back().gaze.time_us - block_.front().gaze.time_us < block_us_ / 2;
  const Thresholds thresholds = short_tail ? *previous_ : Estimate();
  if (!short_tail) previous_ = thresholds;
  for (std::size_t i = 0; i < block_.size(); ++i) {
    LabelledSample s = block_[i];
    if (s.label != SampleClass::kLost) {
      if (IsPresent(vx_[i]) && IsPresent(vy_[i])) {
        const bool candidate = Term(vx_[i], thresholds.x) + Term(vy_[i], thresholds.y) > 1.0;
        s.label = candidate ? SampleClass::kSaccade : SampleClass::kFixation;
      } else {
        s.label = SampleClass::kUnclassified;
      }
    }
    KeepLongRuns(s, out);
  }
  block_.clear();
  vx_.clear();
  vy_.clear();
}

// Saccade candidates pass once their run lasts min_saccade_duration_ms; a
// shorter run becomes fixation samples.
void EngbertKlieglClassifier::KeepLongRuns(const LabelledSample& sample, std::vector<LabelledSample>* out) {
  const std::int64_t t = sample.gaze.time_us;
  if (any_sample_ && t > last_time_us_) last_interval_us_ = t - last_time_us_;
  last_time_us_ = t;
  any_sample_ = true;
  if (sample.label == SampleClass::kSaccade) {
    if (run_confirmed_) {
      out->push_back(sample);
      return;
    }
    candidates_.push_back(sample);
    if (LastsAtLeast(candidates_.front().gaze.time_us, candidates_.back().gaze.time_us, last_interval_us_,
                     min_saccade_us_)) {
      out->insert(out->end(), candidates_.begin(), candidates_.end());
      candidates_.clear();
      run_confirmed_ = true;
    }
    return;
  }
  for (LabelledSample s : candidates_) {
    s.label = SampleClass::kFixation;
    out->push_back(s);
  }
  candidates_.clear();
  run_confirmed_ = false;
  out->push_back(sample);
}

}  // namespace tobii::events
