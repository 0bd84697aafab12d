// GazeModel: the behaviour of one participant during one recording, as a
// stream of planted events (fixations, saccades, blinks, track loss), each
// with its eye-tracker samples. Only the current event's samples are held,
// so memory does not grow with the recording's length.
//
// Coordinates are DACS mm: origin at the top-left of the screen, x right,
// y down, z from the screen toward the viewer (as in Pro Lab exports).
// Thread-safety: one object per thread.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "gen_study/physiology.h"
#include "gen_study/random.h"
#include "gen_study/session_plan.h"

namespace tobii::gen {

// Drawn once per participant, shared by their sessions.
struct ParticipantTraits {
  bool patient = false;
  double fixation_mean_ms = 0;
  double blink_rate_per_min = 0;
  double pupil_baseline_mm = 0;
  double pupil_right_minus_left_mm = 0;
  double ipd_mm = 0;
  double openness_mm = 0;
  // The centre of their fixation targets' centre bias, DACS mm from the
  // top: the planted spatial group effect (kFixationCentreShiftFraction).
  double fixation_centre_y_mm = kScreenHeightMm / 2;
};

// The planted centre of a group's fixation targets, DACS mm from the top.
double FixationCentreYMm(bool patient);

ParticipantTraits DrawParticipantTraits(bool patient, Rng* rng);

// Time of sample `index` since recording start: 1e6 / hz rounded per sample,
// so the steps are whole microseconds and exact on average.
inline std::int64_t SampleTimeUs(std::int64_t index, double hz) {
  return std::llround(static_cast<double>(index) * 1e6 / hz);
}

// The samples of a recording of this length: those that start before its end.
std::int64_t SamplesIn(std::int64_t duration_us, double hz);

// The values of Pro Lab's `Eye movement type`.
enum class Movement { kFixation, kSaccade, kEyesNotFound, kUnclassified };
const char* MovementName(Movement movement);

struct EyeSample {
  bool valid = false;
  double gaze_x_mm = 0, gaze_y_mm = 0;  // on the screen plane
  double pos_x_mm = 0, pos_y_mm = 0, pos_z_mm = 0;
  double pupil_mm = 0;
  double openness_mm = 0;
};

struct GazeSample {
  std::int64_t time_us = 0;  // exact time since recording start
  EyeSample eye[2];          // left, right
};

// One line of truth/<recording>_events.csv.
struct PlantedEvent {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  const char* type = "";  // fixation, saccade, blink, track_loss, unclassified
  Movement movement = Movement::kUnclassified;
  std::int64_t first_sample = 0;
  std::int64_t sample_count = 0;
  bool whole = true;                  // false when the recording ended inside the event
  double x_px = kNone, y_px = kNone;  // fixation centroid, saccade landing point
  double amplitude_deg = kNone;
  double peak_velocity_deg_per_s = kNone;
};

class GazeModel {
 public:
  GazeModel(const ParticipantTraits& traits, const SessionPlan& plan, double hz, std::int64_t total_samples,
            double gaze_noise_deg, Rng* rng);

  // Plans the next event and replaces *samples with its samples. Returns
  // false once total_samples have been produced.
  bool Next(PlantedEvent* event, std::vector<GazeSample>* samples);

  std::int64_t SampleTimeUs(std::int64_t index) const { return gen::SampleTimeUs(index, hz_); }

 private:
  struct Point {
    double x = 0, y = 0;
  };

  int SamplesFor(double ms) const;
  // The part of `planned` samples that fits before the recording's end.
  int Fit(int planned) const;
  void Fixation(int n, std::vector<GazeSample>* samples, PlantedEvent* event);
  // Returns the samples planned, of which those that fit were added.
  int Saccade(std::vector<GazeSample>* samples, PlantedEvent* event);
  // Appends the next sample with head, pupil and validity; gaze comes later.
  GazeSample& AddSample(std::vector<GazeSample>* samples);
  void Look(Point at, GazeSample* sample);
  double Pupil(std::int64_t t_us);
  Point NextTarget(Point from);
  // While an image is shown, where a saccade aimed at one of its AOIs
  // lands (kAimEyesControl ...); false when this one aims at none.
  bool Aim(Point from, Point* to);
  const Stimulus* ShownAt(std::int64_t t_us);
  double AngleDeg(Point a, Point b) const;
  static Point ToPx(Point mm);

  ParticipantTraits traits_;
  const SessionPlan& plan_;
  double hz_;
  std::int64_t total_;
  double gaze_noise_deg_;
  Rng* rng_;

  std::int64_t next_sample_ = 0;
  bool after_fixation_ = false;
  Point gaze_;
  Point calibration_offset_[2];
  std::int64_t next_blink_us_ = 0;
  std::int64_t next_track_loss_us_ = 0;
  std::int64_t one_eye_lost_until_us_ = -1;
  int lost_eye_ = 0;

  // Slow processes (Ornstein-Uhlenbeck): head sway and pupil drift.
  double head_[3] = {0, 0, 0};
  double head_keep_ = 0, head_kick_ = 0;
  double pupil_drift_ = 0;
  double pupil_keep_ = 0, pupil_kick_ = 0;
  double talking_level_ = 0, talking_follow_ = 0;
  std::size_t next_stimulus_ = 0, next_talking_ = 0;
  // Aiming at AOIs: the presentation on screen at the last saccade, and a
  // goal too far for one saccade, kept until reached or the image goes.
  std::size_t aim_stimulus_ = 0;
  bool has_goal_ = false;
  std::size_t goal_stimulus_ = 0;
  Point goal_;
  std::int64_t last_onset_us_ = -1;
};

}  // namespace tobii::gen
