// Settings: every number of the analysis that comes from the science or the
// set-up, with its default and where the default comes from. One value of
// this struct describes a whole run and is written into run.json.
#pragma once

#include <cstdint>

namespace tobii {

// The screen the gaze is measured on, and where the eyes are. Defaults: a
// 23.8-inch 16:9 monitor (527 x 296 mm at 1920 x 1080 px, the Tobii Pro
// Spectrum's) at 650 mm, the middle of Tobii's recommended 550-800 mm
// operating distance. Used where the export has no eye position.
struct ScreenGeometry {
  double width_px = 1920;
  double height_px = 1080;
  double width_mm = 527;
  double height_mm = 296;
  double distance_mm = 650;
};

// Which eye's data the analysis uses (Olsen 2012, section 2.5). Average:
// the mean of both eyes where both are valid, else the valid one. Strict
// average: both eyes required.
enum class EyeSelection { kLeft, kRight, kAverage, kStrictAverage };

// Noise reduction of the gaze position before the velocity is taken
// (Olsen 2012, sections 2.2-2.3).
enum class NoiseReduction { kNone, kMovingMedian, kMovingAverage };

// Preprocessing before event detection. Defaults are those of Tobii Pro
// Lab's "Tobii I-VT (Fixation)" filter (Olsen 2012; doc/algorithms/ivt.md).
struct PreprocessSettings {
  // Per eye, invalid runs at most this long with valid data on both sides
  // are filled in by linear interpolation; 75 ms is shorter than a blink.
  double gap_fill_max_ms = 75.0;
  EyeSelection eye = EyeSelection::kAverage;
  NoiseReduction noise = NoiseReduction::kMovingMedian;
  int noise_window_samples = 3;  // odd; centred on each sample
};

// Velocity-threshold identification (I-VT). Defaults are those of Tobii Pro
// Lab's "Tobii I-VT (Fixation)" filter (Olsen 2012, "The Tobii I-VT Fixation
// Filter"); doc/algorithms/ivt.md.
struct IvtSettings {
  double velocity_threshold_deg_per_s = 30.0;
  double velocity_window_ms = 20.0;        // centred on each sample
  double merge_max_gap_ms = 75.0;          // merge fixations at most this far apart...
  double merge_max_angle_deg = 0.5;        // ...and at most this many degrees apart
  double min_fixation_duration_ms = 60.0;  // shorter fixations become unclassified
};

// Blinks: runs where both eyes are lost for as long as a blink lasts.
// 75-500 ms brackets the human blink (Caffier et al. 2003 report means of
// 100-400 ms); shorter losses are noise, longer ones track loss.
struct BlinkSettings {
  double min_duration_ms = 75.0;
  double max_duration_ms = 500.0;
};

struct Settings {
  ScreenGeometry screen;
  PreprocessSettings preprocess;
  IvtSettings ivt;
  BlinkSettings blink;
  int jobs = 0;                 // worker threads; 0 = all cores
  std::int64_t max_samples = -1;  // --nrows: samples read per file; -1 = all
};

}  // namespace tobii
