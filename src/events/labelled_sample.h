// LabelledSample: a preprocessed gaze sample on its way through event
// detection, with its angular velocity and the class a classifier gave it.
//
//   GazeSample -> VelocityStage -> Classifier -> EventBuilder -> Event
//
// The velocity stage sets the velocity and marks invalid samples lost; a
// classifier (I-VT, I-DT, Engbert-Kliegl) labels the valid ones; the event
// builder turns runs of labels into events.
#pragma once

#include <cstdint>

#include "preprocess/gaze_sample.h"

namespace tobii::events {

enum class SampleClass : std::uint8_t {
  kUnclassified,  // valid, but no class could be given (no velocity, too short)
  kFixation,
  kSaccade,
  kLost,          // no gaze point from the selected eyes: a gap
};

struct LabelledSample {
  preprocess::GazeSample gaze;
  // Olsen's (2012) windowed angular velocity; NaN where the window holds no
  // second valid sample. Every detector reports peak velocities from it.
  float velocity_deg_per_s = kMissing;
  SampleClass label = SampleClass::kUnclassified;
  // Set by a classifier on the first sample of an event that directly
  // follows another of the same class (I-DT's fixation after a jump between
  // two samples); otherwise a run of one label is one event.
  bool event_start = false;
};

}  // namespace tobii::events
