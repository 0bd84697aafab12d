// IvtDetector: velocity-threshold identification of fixations and saccades
// (Salvucci & Goldberg 2000), with the Tobii I-VT steps that need no extra
// preprocessing: a velocity window centred on each sample, merging of
// fixations close in time and space, and discarding of short fixations
// (Olsen 2012). Blinks are runs of samples where both eyes are lost for a
// blink's duration. Parameters and conventions: doc/algorithms/ivt.md.
//
// Streams: Push() takes samples in any chunking and appends the events that
// are final; Finish() appends the rest. The result is the same for any
// chunking. Memory: the velocity window plus the merge horizon
// (window + merge_max_gap_ms of samples) and a few events.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

#include "preprocess/gaze_sample.h"
#include "tobii/event.h"
#include "tobii/settings.h"

namespace tobii::events {

class IvtDetector {
 public:
  IvtDetector(const IvtSettings& ivt, const BlinkSettings& blink);

  void Push(std::span<const preprocess::GazeSample> samples, std::vector<Event>* events);
  void Finish(std::vector<Event>* events);

 private:
  enum class SampleClass { kFixation, kSaccade, kGap, kUnknown };

  // A fixation waiting to be merged with the next one, with its mean gaze
  // point and eye position for the angle between fixations.
  struct Fixation {
    Event event;
    preprocess::GazeSample centre;
    double s2s_squares = 0;  // sum of squared sample-to-sample angles
  };

  // The run of same-class samples being built.
  struct Run {
    SampleClass type = SampleClass::kUnknown;
    std::int64_t onset_us = 0;
    std::int64_t samples = 0;
    // Sums over the valid samples: x_px, y_px, gaze_x_mm, gaze_y_mm, eye_x_mm, eye_y_mm, eye_z_mm.
    double sums[7] = {};
    std::int64_t valid = 0;
    bool all_lost = true;
    float peak_velocity = 0;
    std::optional<preprocess::GazeSample> start;  // last valid sample before the run
    std::optional<preprocess::GazeSample> last;   // the run's latest sample
    double s2s_squares = 0;                       // precision: squared angles between
    std::int32_t s2s_pairs = 0;                   // consecutive valid samples
  };

  void ClassifyReady(bool finishing, std::vector<Event>* events);
  float VelocityAt(std::size_t index) const;
  void AddToRun(const preprocess::GazeSample& sample, SampleClass type, float velocity,
                std::vector<Event>* events);
  void CloseRun(std::int64_t offset_us, const preprocess::GazeSample* next, std::vector<Event>* events);
  void OnFixation(const Fixation& fixation, std::vector<Event>* events);
  void OnOtherEvent(const Event& event, std::vector<Event>* events);
  void FlushPending(std::vector<Event>* events);

  IvtSettings ivt_;
  BlinkSettings blink_;

  std::deque<preprocess::GazeSample> window_;  // samples around the next to classify
  std::size_t next_ = 0;                       // index in window_ of the next to classify
  std::optional<Run> run_;
  std::optional<preprocess::GazeSample> last_valid_;
  std::int64_t last_interval_us_ = 0;

  std::optional<Fixation> pending_;  // the last fixation, while it may still merge
  std::vector<Event> held_;          // events after pending_, in order
};

}  // namespace tobii::events
