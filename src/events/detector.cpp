#include "events/detector.h"

namespace tobii::events {

Detector::Detector(double velocity_window_ms, std::unique_ptr<Classifier> classifier,
                   const EventBuilderOptions& options)
    : velocity_(velocity_window_ms), classifier_(std::move(classifier)), builder_(options) {}

void Detector::Push(std::span<const preprocess::GazeSample> samples, std::vector<Event>* events) {
  measured_.clear();
  classified_.clear();
  velocity_.Push(samples, &measured_);
  classifier_->Push(measured_, &classified_);
  builder_.Push(classified_, events);
}

void Detector::Finish(std::vector<Event>* events) {
  measured_.clear();
  classified_.clear();
  velocity_.Finish(&measured_);
  classifier_->Push(measured_, &classified_);
  classifier_->Finish(&classified_);
  builder_.Push(classified_, events);
  builder_.Finish(events);
}

}  // namespace tobii::events
