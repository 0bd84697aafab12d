// IvtClassifier: velocity-threshold identification (Salvucci & Goldberg
// 2000) as in Tobii's I-VT filter (Olsen 2012): a valid sample whose
// windowed velocity (events/velocity.h) is at or above the threshold is a
// saccade sample, below it a fixation sample; one without a velocity stays
// unclassified. Merging and discarding are the event builder's
// (events/event_builder.h). Parameters: IvtSettings; doc/algorithms/ivt.md.
//
// Stateless: holds no samples.
#pragma once

#include "events/classifier.h"
#include "tobii/settings.h"

namespace tobii::events {

class IvtClassifier : public Classifier {
 public:
  explicit IvtClassifier(const IvtSettings& settings);

  void Push(std::span<const LabelledSample> samples, std::vector<LabelledSample>* out) override;
  void Finish(std::vector<LabelledSample>*) override {}

 private:
  double threshold_deg_per_s_;
};

}  // namespace tobii::events
