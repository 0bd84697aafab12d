// The hand-labelled 500 Hz data of Andersson et al. (2017, "One algorithm
// to rule them all?", Behavior Research Methods 49:616-637) as our
// pipeline's samples, beside the two coders' labels and the per-sample
// output of every algorithm the paper scored. Layout, label codes,
// geometry and quirks: ../shared/data/real/andersson2017/MANIFEST.md;
// the paper's numbers: ../shared/reference/andersson2017-table.md.
//
// A recording is one stimulus viewing labelled twice, by MN and by RA, in
// two CSV files with the same gaze samples (`t_us,pupil_h_px,pupil_v_px,
// x_px,y_px,label`), plus `reference_results/algorithm_labels/<name>.csv`.
// Reading follows the authors' own preparation, so that sample i here is
// sample i of their label vectors:
//
// - Trailing rows that are all zeros (t_us, pupils and gaze 0) are padding
//   of the labelling tool, not samples, and are dropped.
// - MN and RA files are truncated to the shorter one.
// - x = y = 0 is data loss: the sample's eye is invalid.
// - Time is t_us relative to the first sample; the dots files have no
//   time stamps (empty t_us), so sample i is at i / 500 Hz.
//
// Memory: these are small validation files (at most ~5000 samples each,
// 34 recordings), read whole into memory; not for studies. Functions are
// thread-compatible.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tobii/sample.h"
#include "tobii/settings.h"
#include "tobii/status.h"
#include "tobii/validate/agreement_scores.h"

namespace tobii::validate {

// The recording set-up (MANIFEST.md, "MAT file format": the ETdata fields
// sampFreq 500, screenRes [1024 768], screenDim [0.38 0.30] m, viewDist
// 0.67 m; an SMI HiSpeed 1250 tower).
inline constexpr double kAnderssonSampleRateHz = 500;
inline constexpr double kAnderssonScreenWidthPx = 1024;
inline constexpr double kAnderssonScreenHeightPx = 768;
inline constexpr double kAnderssonScreenWidthMm = 380;
inline constexpr double kAnderssonScreenHeightMm = 300;
inline constexpr double kAnderssonViewingDistanceMm = 670;
// One sample at 500 Hz: the time step of files without time stamps.
inline constexpr std::int64_t kAnderssonSampleIntervalUs = 2000;

// The geometry above. No eye position is recorded, so eye selection puts
// the eye in front of the screen centre at the viewing distance.
ScreenGeometry AnderssonScreen();

// The paper's three stimulus types (folders img, dots, video).
enum class Stimulus { kImages, kDots, kVideos };
inline constexpr std::array<Stimulus, 3> kStimuli = {Stimulus::kImages, Stimulus::kDots, Stimulus::kVideos};
std::string_view StimulusName(Stimulus stimulus);  // "images", "dots", "videos"

// The published algorithms' columns of algorithm_labels/*.csv, in the
// file's order (its `nameOfAlgorithm` after the two coders). EK is the
// paper's EM (Engbert & Mergenthaler), IDTk the paper's IDT; the file's
// IDT is a variant the paper does not report.
inline constexpr std::array<std::string_view, 11> kPublishedAlgorithms = {
    "CDT", "EK", "IDT", "IDTk", "IKF", "IMST", "IHMM", "IVT", "NH", "BIT", "LNS"};

struct AnderssonRecording {
  std::string name;  // "TH34_img_Europe": participant, stimulus
  Stimulus stimulus = Stimulus::kImages;
  // Left eye only (monocular tracker); the right eye is invalid. No mm,
  // eye position or pupil in mm.
  std::vector<Sample> samples;
  std::vector<Label> coder_mn;  // codes 1-6, one per sample
  std::vector<Label> coder_ra;
  // One label vector per kPublishedAlgorithms entry, one label per sample
  // (0 none, 1 fixation, 2 saccade, 3 PSO; LNS also 5, blink); empty when
  // no algorithm_labels file was read.
  std::array<std::vector<Label>, kPublishedAlgorithms.size()> published;
};

// Reads one recording from its MN and RA files and, unless
// `published_csv` is empty, the matching algorithm_labels file, whose
// coder columns must equal the coders' labels as read here. Errors read
// `file:line:column: expected ..., found "..."`.
Status ReadAnderssonRecording(const std::filesystem::path& mn_csv, const std::filesystem::path& ra_csv,
                              const std::filesystem::path& published_csv, Stimulus stimulus,
                              AnderssonRecording* recording);

// Reads every recording of the paper's set under `folder` (the
// andersson2017 folder: csv/article/{img,dots,video}/*_labelled_MN.csv,
// their RA partners and reference_results/algorithm_labels/), in the
// order images, dots, videos and by name within each.
Status ReadAndersson(const std::filesystem::path& folder, std::vector<AnderssonRecording>* recordings);

// Runs our analysis (preprocessing and the detector `settings.detector`)
// over one recording seen on `screen`, and labels each sample with the
// event that holds it (EventsToLabels). *claimed_twice gets the number of
// samples two events claimed (0 when events do not overlap).
Status LabelWithDetector(const AnderssonRecording& recording, const Settings& settings, const ScreenGeometry& screen,
                         std::vector<Label>* labels, std::int64_t* claimed_twice);

}  // namespace tobii::validate
