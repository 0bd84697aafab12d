// Detector: one recording's event detection, the same three stages for
// every algorithm:
//
//   GazeSample -> VelocityStage -> Classifier -> EventBuilder -> Event
//
// The velocity stage (Olsen's windowed velocity, used by every detector for
// peak velocities), the classifier chosen by `Settings::detector` (I-VT,
// I-DT, Engbert-Kliegl), and the event builder (runs to events, merging,
// discarding, blinks, event properties).
//
// Streams: holds what its stages hold (each header says how much); the
// events are the same for any chunking. One detector per recording; not
// thread-safe.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "events/classifier.h"
#include "events/event_builder.h"
#include "events/velocity.h"
#include "preprocess/gaze_sample.h"
#include "tobii/detectors.h"  // RegisteredDetectors
#include "tobii/event.h"
#include "tobii/settings.h"
#include "tobii/status.h"

namespace tobii::events {

class Detector {
 public:
  Detector(double velocity_window_ms, std::unique_ptr<Classifier> classifier, const EventBuilderOptions& options);

  // Appends the events that are final to *events, in time order.
  void Push(std::span<const preprocess::GazeSample> samples, std::vector<Event>* events);
  // Appends the rest. REQUIRES: called once, after the last Push().
  void Finish(std::vector<Event>* events);

  // The samples the last Push() or Finish() measured, with their velocity,
  // in time order (the velocity stage holds a window back, so they lag the
  // input). Valid until the next call: whoever else needs velocities reads
  // them here rather than measuring again.
  std::span<const LabelledSample> measured() const { return measured_; }

 private:
  VelocityStage velocity_;
  std::unique_ptr<Classifier> classifier_;
  EventBuilder builder_;
  std::vector<LabelledSample> measured_;    // scratch, reused
  std::vector<LabelledSample> classified_;  // scratch, reused
};

// The velocity threshold the detector `settings.detector` names holds every
// sample to, for figures to draw; NaN for one without a fixed velocity
// threshold (I-DT thresholds dispersion, Engbert-Kliegl a threshold of its
// own per noise block) or an unknown name.
double VelocityThreshold(const Settings& settings);

// The detector that `settings.detector` names, set up from `settings` for a
// recording on `screen` (the settings' geometry with the export's own
// resolution). Fails for an unknown name, listing the known ones.
Status MakeDetector(const Settings& settings, const ScreenGeometry& screen, std::unique_ptr<Detector>* detector);

}  // namespace tobii::events
