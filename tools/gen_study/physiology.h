// The numbers the generator plants: display geometry, eye-movement, blink and
// pupil parameters. Each says where it comes from, so that a reader of
// truth.json knows which effects an analysis should recover and why their
// sizes are plausible.
#pragma once

namespace tobii::gen {

// --- Display and viewing geometry -------------------------------------------
// A 23.8" 16:9 monitor (527 x 296 mm active area) at full HD, the set-up of
// the real Pro Lab export in shared/data (resolution 1920 x 1080).
inline constexpr int kScreenWidthPx = 1920;
inline constexpr int kScreenHeightPx = 1080;
inline constexpr double kScreenWidthMm = 527.0;
inline constexpr double kScreenHeightMm = 296.0;
// Middle of the 55-75 cm operating range of Tobii screen-based trackers.
inline constexpr double kViewingDistanceMm = 650.0;
// Eyes level with the upper third of the screen, as in the real export
// (eye position Y of 84-93 mm below the top edge).
inline constexpr double kEyeHeightMm = 100.0;
// Adult interpupillary distance: mean 63 mm, SD 3.5 mm (Dodgson 2004).
inline constexpr double kIpdMeanMm = 63.0;
inline constexpr double kIpdSdMm = 3.5;
// Slow head sway in a chin-rest-free set-up: a few mm sideways, a few cm in
// depth, over seconds (Ornstein-Uhlenbeck process).
inline constexpr double kHeadSwayXyMm = 6.0;
inline constexpr double kHeadSwayZMm = 20.0;
inline constexpr double kHeadSwayTimeS = 8.0;

// --- Fixations ---------------------------------------------------------------
// Scene-viewing fixations average 250-300 ms (Rayner 1998, Psychol Bull
// 124:372); the planted group effect is 50 ms.
inline constexpr double kFixationMeanMsControl = 240.0;
inline constexpr double kFixationMeanMsPatient = 290.0;
// Fixation durations are right-skewed, SD about a third of the mean:
// lognormal with log-space SD 0.35.
inline constexpr double kFixationLogSd = 0.35;
// Between-participant SD of the mean: small, so a few participants per
// group suffice to see the planted effect.
inline constexpr double kFixationParticipantSdMs = 12.0;
// Window of planted durations (truncated, not clipped).
inline constexpr double kFixationMinMs = 100.0;
inline constexpr double kFixationMaxMs = 600.0;
// Sample-to-sample noise per eye, 0.03 deg RMS: the precision Tobii reports
// for its screen-based trackers (0.01-0.06 deg).
inline constexpr double kGazeNoiseDeg = 0.03;
// Ocular drift during fixation, about 0.1-0.5 deg/s (Martinez-Conde et al.
// 2004, Nat Rev Neurosci 5:229).
inline constexpr double kDriftSpeedDegPerS = 0.25;
// Systematic calibration error per eye, 0.2-0.5 deg accuracy being typical.
inline constexpr double kCalibrationOffsetSdDeg = 0.25;
// Central fixation bias (Tatler 2007, J Vis 7(14):4): targets are drawn
// around the screen centre with this SD as a fraction of width and height.
inline constexpr double kCentreBiasSdFraction = 0.22;
// Targets keep this far from the screen edge.
inline constexpr double kTargetMarginPx = 40.0;
// Where fixations land, a planted group effect with no literature value
// behind it: it is there so that the tests, and figure 1's group gaze heat
// maps, have a spatial difference between the groups to find. The centre of
// the centre bias lies this fraction of the screen height below the middle
// for the Patient group and above it for the Control group. 8 % each way
// moves about a third of a group's gaze into its half of the screen, clear
// with 4 participants a group and a fifth of a minute each; in 2-minute
// studies the groups' mean fixation heights differ by 150-190 px, and the
// saccade amplitudes' mean moved only from 4.32 to 4.29 deg.
inline constexpr double kFixationCentreShiftFraction = 0.08;
// Where fixations land while an image is shown (stimulus_aois.h): each
// saccade aims at the eyes, at the mouth (the face's lower part) or at the
// caption with these chances, and anywhere else (the centre-biased draw
// above) otherwise; a goal beyond the longest saccade is reached in
// several. The group effect follows face-scanning studies in autism (Klin
// et al. 2002, Arch Gen Psychiatry 59:809: half the time on the eyes of
// controls, twice the time on the mouth): the Patient group aims at the
// eyes a quarter as often and at the mouth instead, so that the face as a
// whole draws both groups alike and the eyes' metrics differ. Half of the
// saccades aim at an AOI in both groups, so the saccade amplitudes stay
// alike, and the mouth lying below the eyes keeps the planted difference
// in fixation height (kFixationCentreShiftFraction) above 100 px in
// 2-minute studies. The first fixation after an image's onset is where the
// eyes already were, so the time to the first fixation on an AOI is a
// saccade's or more.
inline constexpr double kAimEyesControl = 0.40;
inline constexpr double kAimEyesPatient = 0.10;
inline constexpr double kAimMouthControl = 0.05;
inline constexpr double kAimMouthPatient = 0.35;
inline constexpr double kAimText = 0.05;
// The mouth: the part of the face this fraction of its vertical radius
// below its centre and lower.
inline constexpr double kMouthTopFraction = 0.2;
// Aimed-at points keep this far inside an AOI's outline, so that the
// calibration error (about 10 px) rarely puts the fixation outside.
inline constexpr double kAimInsetPx = 12.0;
// Pro Lab's I-VT marks the first samples Unclassified until its velocity
// window is full (the real export starts so).
inline constexpr double kStartupUnclassifiedMs = 10.0;

// --- Saccades ----------------------------------------------------------------
// Amplitudes right-skewed with most between 1 and 15 deg in free viewing
// (Tatler & Vincent 2008, Vis Cogn 17:1029): lognormal, mean 5 deg.
inline constexpr double kSaccadeAmplitudeMeanDeg = 5.0;
inline constexpr double kSaccadeAmplitudeLogSd = 0.6;
inline constexpr double kSaccadeAmplitudeMinDeg = 1.0;
inline constexpr double kSaccadeAmplitudeMaxDeg = 15.0;
// Main sequence, duration: D = 2.2 ms/deg * A + 21 ms (Carpenter 1988,
// Movements of the Eyes).
inline constexpr double kSaccadeMsPerDeg = 2.2;
inline constexpr double kSaccadeInterceptMs = 21.0;
// Velocity profile: minimum jerk (Flash & Hogan 1985), whose peak is 15/8 of
// the mean velocity. With Carpenter's durations this gives 81 deg/s at 1 deg,
// 436 at 10 and 521 at 15, i.e. the saturating main sequence
// Vp ~ 640 * (1 - exp(-A / 9)) deg/s: the saturating form of Baloh et al.
// (1975, Neurology 25:1065) with an asymptote in the commonly reported
// 500-700 deg/s. A fit with
// Vmax = 500 and a 14 deg constant cannot be combined with Carpenter's
// durations: below about 10 deg its peak would be under the mean velocity.
inline constexpr double kMinimumJerkPeakOverMean = 15.0 / 8.0;

// --- Blinks and data loss ----------------------------------------------------
// Spontaneous blink rate at rest about 17/min (Bentivoglio et al. 1997, Mov
// Disord 12:1028); the Patient group blinks more, a planted effect.
inline constexpr double kBlinkRatePerMinControl = 17.0;
inline constexpr double kBlinkRatePerMinPatient = 21.0;
// Blinks do not follow each other closely; the interval is this plus an
// exponential.
inline constexpr double kBlinkMinIntervalS = 1.0;
// Blink durations (eye-tracker data loss) of 100-300 ms, mean near 170 ms.
inline constexpr double kBlinkMeanMs = 170.0;
inline constexpr double kBlinkLogSd = 0.3;
inline constexpr double kBlinkMinMs = 100.0;
inline constexpr double kBlinkMaxMs = 300.0;
// Half the blinks separate two fixations on the same spot (a blink within
// a fixation); the other half replace a saccade.
inline constexpr double kBlinkWithinFixationShare = 0.5;
// Track loss (head turned away, glasses glare): about once a minute, 0.3-2 s,
// half of the time one eye only.
inline constexpr double kTrackLossPerMin = 1.0;
inline constexpr double kTrackLossMinS = 0.3;
inline constexpr double kTrackLossMaxS = 2.0;
inline constexpr double kTrackLossOneEyeShare = 0.5;
// Single-sample dropouts of one eye, about 1 % of samples in good recordings.
inline constexpr double kSingleEyeDropout = 0.01;

// --- Pupil -------------------------------------------------------------------
// Baseline diameter under screen luminance 3-4 mm; the Patient group's larger
// pupils are a planted effect, participants vary by 0.25 mm SD.
inline constexpr double kPupilBaselineMmControl = 3.5;
inline constexpr double kPupilBaselineMmPatient = 3.9;
inline constexpr double kPupilParticipantSdMm = 0.25;
// Physiological anisocoria: left and right differ by about 0.05 mm.
inline constexpr double kPupilLeftRightMm = 0.05;
// Slow arousal-related drift (Ornstein-Uhlenbeck) and measurement noise.
inline constexpr double kPupilDriftSdMm = 0.08;
inline constexpr double kPupilDriftTimeS = 15.0;
inline constexpr double kPupilNoiseMm = 0.01;
// Task-evoked response to each image onset: the Hoeks & Levelt (1993, Behav
// Res Methods 25:16) pupil response function t^n exp(-n t / tmax), with
// n = 10.1 and tmax = 930 ms, scaled to this peak.
inline constexpr double kStimulusPupilPeakMm = 0.25;
inline constexpr double kPupilResponseN = 10.1;
inline constexpr double kPupilResponsePeakS = 0.93;
// Talking (BORIS behaviour `talking`) dilates the pupil by 0.25 mm, reached
// with a lag of about half a second (a planted behaviour effect).
inline constexpr double kTalkingPupilMm = 0.25;
inline constexpr double kTalkingPupilTimeS = 0.5;
// Eye openness of about 10 mm, as in the real export (8.3-10 mm).
inline constexpr double kOpennessMeanMm = 9.8;
inline constexpr double kOpennessParticipantSdMm = 0.5;
inline constexpr double kOpennessNoiseMm = 0.15;

}  // namespace tobii::gen
