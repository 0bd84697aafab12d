// A hand-made study with AOIs, as the recording pass would leave it
// (tobii/aoi_result.h): two groups of three participants (Control: C1,
// C2, C3; Patient: P1, P2, P3), one recording each but C1, who has two.
// Each recording has the whole recording and the stimulus face.png shown
// twice, each with the AOIs Eyes and Mouth. The values that the tests
// check vary by occurrence; a NaN time to first fixation is an occurrence
// where the Eyes were not fixated.
#pragma once

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "tobii/recording_result.h"

namespace tobii::testing {

struct AoiStudyValues {
  const char* participant;
  const char* group;
  const char* recording;
  std::array<double, 2> eyes_ttff_ms;     // per occurrence of face.png
  std::array<double, 2> mouth_dwell_pct;  // per occurrence of face.png
  std::array<double, 2> entropy_bits;     // transition entropy, per occurrence of face.png
};

inline constexpr double kNoFixation = std::numeric_limits<double>::quiet_NaN();

// Participant means (mean of the recordings' means over occurrences):
// Eyes' time to first fixation, Control 150, 300, 250; Patient 450, 350, 650.
// Mouth's dwell share, Control 25, 15, 25; Patient 45, 40, 50.
// face.png's transition entropy, Control 0.8, 0.5, 1.1; Patient 1.4, 1.0, 1.7.
inline const AoiStudyValues kAoiStudy[] = {
    {"C1", "Control", "a", {120, 80}, {10, 20}, {0.5, 0.7}},
    {"C1", "Control", "b", {200, kNoFixation}, {30, 40}, {0.9, 1.1}},
    {"C2", "Control", "a", {300, kNoFixation}, {12, 18}, {0.4, 0.6}},
    {"C3", "Control", "a", {260, 240}, {22, 28}, {1.0, 1.2}},
    {"P1", "Patient", "a", {400, 500}, {40, 50}, {1.3, 1.5}},
    {"P2", "Patient", "a", {kNoFixation, 350}, {35, 45}, {0.9, 1.1}},
    {"P3", "Patient", "a", {600, 700}, {55, 45}, {1.6, 1.8}},
};

inline AoiResult EyesIn(double ttff_ms) {
  AoiResult eyes;
  eyes.aoi = "Eyes";
  if (!std::isnan(ttff_ms)) {
    eyes.time_to_first_fixation_ms = ttff_ms;
    eyes.duration_of_first_fixation_ms = 200;
    eyes.number_of_fixations = 3;
    eyes.total_duration_of_fixations_ms = 600;
    eyes.average_duration_of_fixations_ms = 200;
    eyes.number_of_whole_fixations = 3;
    eyes.number_of_visits = 2;
    eyes.total_duration_of_visits_ms = 700;
    eyes.average_duration_of_visits_ms = 350;
    eyes.number_of_revisits = 1;
    eyes.dwell_time_ms = 690;
    eyes.dwell_time_pct = 23;
  }
  return eyes;
}

inline AoiResult MouthIn(double dwell_pct, double interval_ms) {
  AoiResult mouth;
  mouth.aoi = "Mouth";
  mouth.time_to_first_fixation_ms = 50;
  mouth.duration_of_first_fixation_ms = 150.5;
  mouth.number_of_fixations = 1;
  mouth.total_duration_of_fixations_ms = 150.5;
  mouth.average_duration_of_fixations_ms = 150.5;
  mouth.number_of_whole_fixations = 1;
  mouth.number_of_visits = 1;
  mouth.total_duration_of_visits_ms = 150.5;
  mouth.average_duration_of_visits_ms = 150.5;
  mouth.dwell_time_ms = dwell_pct / 100 * interval_ms;
  mouth.dwell_time_pct = dwell_pct;
  return mouth;
}

inline RecordingResult AoiStudyRecording(const AoiStudyValues& v) {
  RecordingResult r;
  r.participant_id = v.participant;
  r.group = v.group;
  r.recording = v.recording;
  r.file = std::string(v.participant) + "_" + v.recording + ".tsv";
  r.duration_s = 10;
  IntervalResult whole;
  whole.interval = kWholeRecording;
  whole.kind = "recording";
  whole.end_ms = 10000;
  whole.fixation_count = 30;
  whole.transition_entropy_bits = 0.9;
  whole.stationary_entropy_bits = 0.95;
  whole.aois = {EyesIn(v.eyes_ttff_ms[0] + 1000), MouthIn(10, 10000)};
  whole.transitions = {{"Eyes", "Eyes", 3}, {"Eyes", "Mouth", 1}, {"Mouth", "Eyes", 2}};
  r.intervals.push_back(whole);
  for (int i = 0; i < 2; ++i) {
    IntervalResult shown;
    shown.interval = "face.png";
    shown.kind = "stimulus";
    shown.occurrence = i + 1;
    shown.start_ms = 1000 + 4000.0 * i;
    shown.end_ms = shown.start_ms + 3000;
    shown.fixation_count = 8 + i;
    shown.transition_entropy_bits = v.entropy_bits[i];
    shown.stationary_entropy_bits = 1;
    shown.aois = {EyesIn(v.eyes_ttff_ms[i]), MouthIn(v.mouth_dwell_pct[i], 3000)};
    if (!std::isnan(v.eyes_ttff_ms[i])) shown.transitions = {{"Eyes", "Mouth", 1}};
    r.intervals.push_back(shown);
  }
  return r;
}

inline std::vector<RecordingResult> AoiStudy() {
  std::vector<RecordingResult> results;
  for (const AoiStudyValues& v : kAoiStudy) results.push_back(AoiStudyRecording(v));
  return results;
}

}  // namespace tobii::testing
