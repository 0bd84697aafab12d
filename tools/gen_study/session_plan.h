// SessionPlan: what happens around the participant during one recording,
// decided before the first sample: the images shown and the behaviours a
// BORIS coder annotated. Both are small (a few entries a minute) and drive
// the gaze model (pupil responses) and the export's event rows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gen_study/random.h"

namespace tobii::gen {

// The images a session cycles through. 20 images of 3 AOIs each
// (stimulus_aois.h) give 60 `AOI hit` columns at most, within what a
// sample carries (kMaxAoiColumns).
inline constexpr int kStimulusImageCount = 20;

// The name of image 1 .. kStimulusImageCount: "scene_01", ...
std::string StimulusName(int image);

struct Stimulus {
  std::int64_t start_us = 0;  // ImageStimulusStart, from recording start
  std::int64_t end_us = 0;    // ImageStimulusEnd
  std::string name;           // `Event value` and `Presented Stimulus name`
  int image = 0;              // which image (1 .. kStimulusImageCount), and so its AOIs
};

// One row of the BORIS tabular export; times are whole ms so that the
// 3-decimal seconds BORIS writes are exact.
struct BehaviourEvent {
  std::int64_t time_ms = 0;
  const char* behavior = "";
  const char* category = "";
  const char* status = "";  // START, STOP or POINT
};

struct Interval {
  std::int64_t start_us = 0;
  std::int64_t end_us = 0;
};

struct SessionPlan {
  std::vector<Stimulus> stimuli;           // time order, not overlapping
  std::vector<BehaviourEvent> behaviours;  // time order
  std::vector<Interval> talking;           // the `talking` bouts, time order
};

SessionPlan PlanSession(std::int64_t duration_us, Rng* rng);

}  // namespace tobii::gen
