#include "events/ivt.h"

namespace tobii::events {

IvtClassifier::IvtClassifier(const IvtSettings& settings)
    : threshold_deg_per_s_(settings.velocity_threshold_deg_per_s) {}

void IvtClassifier::Push(std::span<const LabelledSample> samples, std::vector<LabelledSample>* out) {
  for (LabelledSample sample : samples) {
    if (sample.label != SampleClass::kLost && IsPresent(sample.velocity_deg_per_s)) {
      sample.label =
          sample.velocity_deg_per_s >= threshold_deg_per_s_ ? SampleClass::kSaccade : SampleClass::kFixation;
    }
    out->push_back(sample);
  }
}

}  // namespace tobii::events
