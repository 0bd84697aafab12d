#include "gen_study/gaze_model.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "gen_study/physiology.h"
#include "gen_study/stimulus_aois.h"

namespace tobii::gen {

namespace {

constexpr double kPi = std::numbers::pi;
// Screen mm covered by one degree of visual angle at the screen centre.
const double kMmPerDeg = kViewingDistanceMm * std::tan(kPi / 180.0);
constexpr double kPxPerMmX = kScreenWidthPx / kScreenWidthMm;
constexpr double kPxPerMmY = kScreenHeightPx / kScreenHeightMm;

// Exact discretisation of an Ornstein-Uhlenbeck process with time constant
// tau sampled every dt: x' = keep * x + kick * N(0, sd).
void OrnsteinUhlenbeck(double dt, double tau, double* keep, double* kick) {
  *keep = std::exp(-dt / tau);
  *kick = std::sqrt(1.0 - *keep * *keep);
}

// The shifted centre stays inside the band targets are drawn from, so the
// fallback target (the centre itself) is on screen too.
static_assert(kFixationCentreShiftFraction >= 0 &&
              kFixationCentreShiftFraction * kScreenHeightPx < kScreenHeightPx / 2.0 - kTargetMarginPx);

}  // namespace

double FixationCentreYMm(bool patient) {
  return kScreenHeightMm * (0.5 + (patient ? kFixationCentreShiftFraction : -kFixationCentreShiftFraction));
}

ParticipantTraits DrawParticipantTraits(bool patient, Rng* rng) {
  ParticipantTraits t;
  t.patient = patient;
  t.fixation_mean_ms =
      rng->Normal(patient ? kFixationMeanMsPatient : kFixationMeanMsControl, kFixationParticipantSdMs);
  t.blink_rate_per_min = patient ? kBlinkRatePerMinPatient : kBlinkRatePerMinControl;
  t.pupil_baseline_mm =
      rng->Normal(patient ? kPupilBaselineMmPatient : kPupilBaselineMmControl, kPupilParticipantSdMm);
  t.pupil_right_minus_left_mm = rng->Chance(0.5) ? kPupilLeftRightMm : -kPupilLeftRightMm;
  t.ipd_mm = rng->Normal(kIpdMeanMm, kIpdSdMm);
  t.openness_mm = rng->Normal(kOpennessMeanMm, kOpennessParticipantSdMm);
  t.fixation_centre_y_mm = FixationCentreYMm(patient);
  return t;
}

const char* MovementName(Movement movement) {
  switch (movement) {
    case Movement::kFixation:
      return "Fixation";
    case Movement::kSaccade:
      return "Saccade";
    case Movement::kEyesNotFound:
      return "EyesNotFound";
    case Movement::kUnclassified:
      break;
  }
  return "Unclassified";
}

GazeModel::GazeModel(const ParticipantTraits& traits, const SessionPlan& plan, double hz,
                     std::int64_t total_samples, double gaze_noise_deg, Rng* rng)
    : traits_(traits), plan_(plan), hz_(hz), total_(total_samples), gaze_noise_deg_(gaze_noise_deg), rng_(rng) {
  const double dt = 1.0 / hz;
  OrnsteinUhlenbeck(dt, kHeadSwayTimeS, &head_keep_, &head_kick_);
  OrnsteinUhlenbeck(dt, kPupilDriftTimeS, &pupil_keep_, &pupil_kick_);
  talking_follow_ = 1.0 - std::exp(-dt / kTalkingPupilTimeS);
  head_[0] = rng_->Normal(0, kHeadSwayXyMm);
  head_[1] = rng_->Normal(0, kHeadSwayXyMm);
  head_[2] = rng_->Normal(0, kHeadSwayZMm);
  pupil_drift_ = rng_->Normal(0, kPupilDriftSdMm);
  for (Point& offset : calibration_offset_) {
    offset = {rng_->Normal(0, kCalibrationOffsetSdDeg) * kMmPerDeg,
              rng_->Normal(0, kCalibrationOffsetSdDeg) * kMmPerDeg};
  }
  gaze_ = NextTarget({kScreenWidthMm / 2, traits_.fixation_centre_y_mm});
  const double blink_interval_s = 60.0 / traits_.blink_rate_per_min - kBlinkMinIntervalS;
  next_blink_us_ = std::llround(1e6 * (kBlinkMinIntervalS + rng_->Exponential(blink_interval_s)));
  next_track_loss_us_ = std::llround(1e6 * rng_->Exponential(60.0 / kTrackLossPerMin));
}

std::int64_t SamplesIn(std::int64_t duration_us, double hz) {
  auto n = static_cast<std::int64_t>(std::ceil(static_cast<double>(duration_us) * hz / 1e6));
  while (n > 0 && SampleTimeUs(n - 1, hz) >= duration_us) --n;
  while (SampleTimeUs(n, hz) < duration_us) ++n;
  return n;
}

int GazeModel::SamplesFor(double ms) const {
  return std::max(1, static_cast<int>(std::lround(ms * hz_ / 1000.0)));
}

bool GazeModel::Next(PlantedEvent* event, std::vector<GazeSample>* samples) {
  if (next_sample_ >= total_) return false;
  samples->clear();
  *event = PlantedEvent();
  event->first_sample = next_sample_;
  const std::int64_t now_us = SampleTimeUs(next_sample_);
  int planned = 0;  // samples the event would have without the recording's end

  if (next_sample_ == 0) {
    event->type = "unclassified";
    planned = SamplesFor(kStartupUnclassifiedMs);
    for (int i = 0; i < Fit(planned); ++i) Look(gaze_, &AddSample(samples));
  } else if (!after_fixation_) {
    const double ms =
        rng_->LogNormalWithin(traits_.fixation_mean_ms, kFixationLogSd, kFixationMinMs, kFixationMaxMs);
    // Whole samples inside the window, whatever the rate.
    const int shortest = static_cast<int>(std::ceil(kFixationMinMs * hz_ / 1000));
    planned = std::clamp(SamplesFor(ms), shortest,
                         std::max(shortest, static_cast<int>(std::floor(kFixationMaxMs * hz_ / 1000))));
    Fixation(Fit(planned), samples, event);
  } else {
    // After a fixation comes a saccade, unless a blink or track loss is due.
    double closed_ms = 0;
    bool moves = true;
    if (now_us >= next_track_loss_us_) {
      next_track_loss_us_ = now_us + std::llround(1e6 * rng_->Exponential(60.0 / kTrackLossPerMin));
      const double ms = 1000.0 * rng_->Uniform(kTrackLossMinS, kTrackLossMaxS);
      if (rng_->Chance(kTrackLossOneEyeShare)) {
        // One eye lost: the other goes on, and so do the events.
        one_eye_lost_until_us_ = now_us + std::llround(ms * 1000);
        lost_eye_ = static_cast<int>(rng_->Below(2));
      } else {
        closed_ms = ms;
        event->type = "track_loss";
      }
    } else if (now_us >= next_blink_us_) {
      const double interval_s = 60.0 / traits_.blink_rate_per_min - kBlinkMinIntervalS;
      next_blink_us_ = now_us + std::llround(1e6 * (kBlinkMinIntervalS + rng_->Exponential(interval_s)));
      closed_ms = rng_->LogNormalWithin(kBlinkMeanMs, kBlinkLogSd, kBlinkMinMs, kBlinkMaxMs);
      moves = !rng_->Chance(kBlinkWithinFixationShare);
      event->type = "blink";
    }
    if (closed_ms > 0) {
      event->movement = Movement::kEyesNotFound;
      planned = SamplesFor(closed_ms);
      for (int i = 0; i < Fit(planned); ++i) {
        GazeSample& sample = AddSample(samples);
        sample.eye[0].valid = sample.eye[1].valid = false;
      }
      if (moves) gaze_ = NextTarget(gaze_);
    } else {
      planned = Saccade(samples, event);
    }
  }
  after_fixation_ = event->movement == Movement::kFixation;
  event->sample_count = static_cast<std::int64_t>(samples->size());
  event->whole = event->sample_count == planned;
  next_sample_ += event->sample_count;
  return true;
}

void GazeModel::Fixation(int n, std::vector<GazeSample>* samples, PlantedEvent* event) {
  event->type = "fixation";
  event->movement = Movement::kFixation;
  const double angle = rng_->Uniform(0, 2 * kPi);
  const double speed = kDriftSpeedDegPerS * kMmPerDeg / hz_;  // mm per sample
  const Point start = gaze_;
  double sum_x = 0, sum_y = 0;
  int used = 0;
  for (int i = 0; i < n; ++i) {
    GazeSample& s = AddSample(samples);
    gaze_ = {start.x + i * speed * std::cos(angle), start.y + i * speed * std::sin(angle)};
    Look(gaze_, &s);
    int valid = 0;
    double x = 0, y = 0;
    for (const EyeSample& eye : s.eye) {
      if (!eye.valid) continue;
      x += eye.gaze_x_mm;
      y += eye.gaze_y_mm;
      ++valid;
    }
    if (valid == 0) continue;
    sum_x += x / valid;
    sum_y += y / valid;
    ++used;
  }
  // The centroid of what the tracker reported, as Pro Lab computes it.
  const Point centre = used > 0 ? ToPx({sum_x / used, sum_y / used}) : ToPx(start);
  event->x_px = centre.x;
  event->y_px = centre.y;
}

int GazeModel::Saccade(std::vector<GazeSample>* samples, PlantedEvent* event) {
  event->type = "saccade";
  event->movement = Movement::kSaccade;
  const Point from = gaze_, to = NextTarget(gaze_);
  const double amplitude = AngleDeg(from, to);
  const int planned = SamplesFor(kSaccadeMsPerDeg * amplitude + kSaccadeInterceptMs);
  for (int i = 0; i < Fit(planned); ++i) {
    // Minimum-jerk position at the middle of each sample interval.
    const double tau = (i + 0.5) / planned;
    const double s = tau * tau * tau * (10 - 15 * tau + 6 * tau * tau);
    Look({from.x + (to.x - from.x) * s, from.y + (to.y - from.y) * s}, &AddSample(samples));
  }
  gaze_ = to;
  // Where the tracker sees the eye land: the target plus the mean calibration error.
  const Point landing = ToPx({to.x + (calibration_offset_[0].x + calibration_offset_[1].x) / 2,
                              to.y + (calibration_offset_[0].y + calibration_offset_[1].y) / 2});
  event->x_px = landing.x;
  event->y_px = landing.y;
  event->amplitude_deg = amplitude;
  event->peak_velocity_deg_per_s = kMinimumJerkPeakOverMean * amplitude * hz_ / planned;
  return planned;
}

int GazeModel::Fit(int planned) const {
  return static_cast<int>(std::min<std::int64_t>(planned, total_ - next_sample_));
}

GazeSample& GazeModel::AddSample(std::vector<GazeSample>* samples) {
  GazeSample& s = samples->emplace_back();
  const std::int64_t index = next_sample_ + static_cast<std::int64_t>(samples->size()) - 1;
  s.time_us = SampleTimeUs(index);
  head_[0] = head_keep_ * head_[0] + head_kick_ * rng_->Normal(0, kHeadSwayXyMm);
  head_[1] = head_keep_ * head_[1] + head_kick_ * rng_->Normal(0, kHeadSwayXyMm);
  head_[2] = head_keep_ * head_[2] + head_kick_ * rng_->Normal(0, kHeadSwayZMm);
  const double pupil = Pupil(s.time_us);
  for (int e = 0; e < 2; ++e) {
    EyeSample& eye = s.eye[e];
    const double side = e == 0 ? -0.5 : 0.5;  // the left eye has the smaller DACS x
    eye.valid = true;
    eye.pos_x_mm = kScreenWidthMm / 2 + head_[0] + side * traits_.ipd_mm;
    eye.pos_y_mm = kEyeHeightMm + head_[1];
    eye.pos_z_mm = kViewingDistanceMm + head_[2];
    eye.pupil_mm = pupil + side * traits_.pupil_right_minus_left_mm + rng_->Normal(0, kPupilNoiseMm);
    eye.openness_mm = traits_.openness_mm + rng_->Normal(0, kOpennessNoiseMm);
  }
  if (s.time_us < one_eye_lost_until_us_) {
    s.eye[lost_eye_].valid = false;
  } else if (rng_->Chance(kSingleEyeDropout)) {
    s.eye[rng_->Below(2)].valid = false;
  }
  return s;
}

void GazeModel::Look(Point at, GazeSample* sample) {
  const double noise_mm = gaze_noise_deg_ * kMmPerDeg;
  for (int e = 0; e < 2; ++e) {
    sample->eye[e].gaze_x_mm = at.x + calibration_offset_[e].x + rng_->Normal(0, noise_mm);
    sample->eye[e].gaze_y_mm = at.y + calibration_offset_[e].y + rng_->Normal(0, noise_mm);
  }
}

double GazeModel::Pupil(std::int64_t t_us) {
  pupil_drift_ = pupil_keep_ * pupil_drift_ + pupil_kick_ * rng_->Normal(0, kPupilDriftSdMm);
  while (next_stimulus_ < plan_.stimuli.size() && plan_.stimuli[next_stimulus_].start_us <= t_us) {
    last_onset_us_ = plan_.stimuli[next_stimulus_++].start_us;
  }
  double evoked = 0;
  if (last_onset_us_ >= 0) {
    // Hoeks & Levelt's t^n exp(-n t / tmax), normalised to 1 at tmax.
    const double x = (t_us - last_onset_us_) / (1e6 * kPupilResponsePeakS);
    if (x > 0 && x < 6) evoked = kStimulusPupilPeakMm * std::exp(kPupilResponseN * (std::log(x) + 1 - x));
  }
  while (next_talking_ < plan_.talking.size() && plan_.talking[next_talking_].end_us <= t_us) ++next_talking_;
  const bool talking = next_talking_ < plan_.talking.size() && plan_.talking[next_talking_].start_us <= t_us;
  talking_level_ += ((talking ? kTalkingPupilMm : 0.0) - talking_level_) * talking_follow_;
  return traits_.pupil_baseline_mm + pupil_drift_ + evoked + talking_level_;
}

GazeModel::Point GazeModel::NextTarget(Point from) {
  if (Point aimed; Aim(from, &aimed)) return aimed;
  const Point centre = {kScreenWidthMm / 2, traits_.fixation_centre_y_mm};
  const double sd_x = kCentreBiasSdFraction * kScreenWidthMm;
  const double sd_y = kCentreBiasSdFraction * kScreenHeightMm;
  const double margin_x = kTargetMarginPx / kPxPerMmX, margin_y = kTargetMarginPx / kPxPerMmY;
  for (int attempt = 0; attempt < 200; ++attempt) {
    const double amplitude = rng_->LogNormalWithin(kSaccadeAmplitudeMeanDeg, kSaccadeAmplitudeLogSd,
                                                   kSaccadeAmplitudeMinDeg, kSaccadeAmplitudeMaxDeg);
    const double direction = rng_->Uniform(0, 2 * kPi);
    const double r = kViewingDistanceMm * std::tan(amplitude * kPi / 180);
    const Point p = {from.x + r * std::cos(direction), from.y + r * std::sin(direction)};
    if (p.x < margin_x || p.x > kScreenWidthMm - margin_x || p.y < margin_y ||
        p.y > kScreenHeightMm - margin_y) {
      continue;
    }
    // Rejection sampling turns the step distribution into a centre-biased one.
    const double zx = (p.x - centre.x) / sd_x, zy = (p.y - centre.y) / sd_y;
    if (rng_->Chance(std::exp(-0.5 * (zx * zx + zy * zy)))) return p;
  }
  return centre;
}

const Stimulus* GazeModel::ShownAt(std::int64_t t_us) {
  const std::vector<Stimulus>& stimuli = plan_.stimuli;
  while (aim_stimulus_ < stimuli.size() && stimuli[aim_stimulus_].end_us <= t_us) ++aim_stimulus_;
  if (aim_stimulus_ < stimuli.size() && stimuli[aim_stimulus_].start_us <= t_us) return &stimuli[aim_stimulus_];
  return nullptr;
}

bool GazeModel::Aim(Point from, Point* to) {
  const Stimulus* shown = ShownAt(SampleTimeUs(next_sample_));
  if (shown == nullptr || goal_stimulus_ != aim_stimulus_) has_goal_ = false;
  if (shown == nullptr) return false;
  if (!has_goal_) {
    const std::vector<PlantedAoi>& aois = AoisOfImage(shown->image);
    const double eyes = traits_.patient ? kAimEyesPatient : kAimEyesControl;
    const double mouth = traits_.patient ? kAimMouthPatient : kAimMouthControl;
    const double u = rng_->Uniform();
    const bool aims_mouth = u >= eyes && u < eyes + mouth;
    const PlantedAoi* aoi = u < eyes                      ? &aois[kEyesAoi]
                            : aims_mouth                  ? &aois[kFaceAoi]
                            : u < eyes + mouth + kAimText ? &aois[kTextAoi]
                                                          : nullptr;
    if (aoi == nullptr) return false;
    const double mouth_top_px = aoi->cy + kMouthTopFraction * aoi->ry;
    // A point at least a saccade's length away.
    for (int attempt = 0; attempt < 20 && !has_goal_; ++attempt) {
      const PixelPoint p = PointOn(*aoi, kAimInsetPx, rng_);
      if (aims_mouth && p.y < mouth_top_px) continue;
      goal_ = {p.x / kPxPerMmX, p.y / kPxPerMmY};
      has_goal_ = AngleDeg(from, goal_) >= kSaccadeAmplitudeMinDeg;
    }
    if (!has_goal_) return false;
    goal_stimulus_ = aim_stimulus_;
  }
  const double distance = AngleDeg(from, goal_);
  if (distance <= kSaccadeAmplitudeMaxDeg) {
    has_goal_ = false;
    *to = goal_;
    return true;
  }
  // Too far for one saccade: one of the usual size towards it, leaving at
  // least the shortest for the next.
  const double step = std::min(distance - kSaccadeAmplitudeMinDeg,
                               rng_->LogNormalWithin(kSaccadeAmplitudeMeanDeg, kSaccadeAmplitudeLogSd,
                                                     kSaccadeAmplitudeMinDeg, kSaccadeAmplitudeMaxDeg));
  double fraction = step / distance;
  for (int i = 0; i < 4; ++i) {  // degrees are not quite proportional to mm on a flat screen
    *to = {from.x + (goal_.x - from.x) * fraction, from.y + (goal_.y - from.y) * fraction};
    const double amplitude = AngleDeg(from, *to);
    if (amplitude <= kSaccadeAmplitudeMaxDeg) break;
    fraction *= kSaccadeAmplitudeMaxDeg / amplitude;
  }
  return true;
}

double GazeModel::AngleDeg(Point a, Point b) const {
  const double ex = kScreenWidthMm / 2 + head_[0], ey = kEyeHeightMm + head_[1];
  const double ez = kViewingDistanceMm + head_[2];
  const double ax = a.x - ex, ay = a.y - ey, bx = b.x - ex, by = b.y - ey;
  const double dot = ax * bx + ay * by + ez * ez;
  const double norms = std::sqrt((ax * ax + ay * ay + ez * ez) * (bx * bx + by * by + ez * ez));
  return std::acos(std::clamp(dot / norms, -1.0, 1.0)) * 180 / kPi;
}

GazeModel::Point GazeModel::ToPx(Point mm) { return {mm.x * kPxPerMmX, mm.y * kPxPerMmY}; }

}  // namespace tobii::gen
