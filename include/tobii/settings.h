// Settings: every number of the analysis that comes from the science or the
// set-up, with its default and where the default comes from. One value of
// this struct describes a whole run's analysis and is written into
// run.json. Each field is an entry of src/settings/setting_table.cpp (its
// flag, help, run.json key, and whether it changes a recording's result):
// a field added here is a flag and in run.json once it has one. How the
// run is carried out (worker threads) is no setting: it changes no result.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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
  // are filled in by linear interpolation; 0 = off. Off by default, as in
  // Pro Lab 24.21's "Tobii I-VT (Fixation)" preset: its export leaves every
  // lost sample unclassified, gaps of one sample included, while custom
  // filters with gap fill-in on classify them (doc/algorithms/ivt.md).
  // Tobii Studio and Olsen (2012) used 75 ms, shorter than a blink:
  // `--gap-fill-max-ms 75`.
  double gap_fill_max_ms = 0.0;
  EyeSelection eye = EyeSelection::kAverage;
  NoiseReduction noise = NoiseReduction::kMovingMedian;
  int noise_window_samples = 3;  // odd; centred on each sample
};

// The gaze velocity every detector's stage computes (events/velocity.h):
// the angle between the samples at either end of a window centred on each
// sample, over the time between them. 20 ms is Tobii Pro Lab's "Tobii I-VT
// (Fixation)" filter's window (Olsen 2012); it also sets the peak
// velocities of every detector's saccades.
struct VelocitySettings {
  double window_ms = 20.0;
};

// Velocity-threshold identification (I-VT). Defaults are those of Tobii Pro
// Lab's "Tobii I-VT (Fixation)" filter (Olsen 2012, "The Tobii I-VT Fixation
// Filter"); doc/algorithms/ivt.md.
struct IvtSettings {
  double velocity_threshold_deg_per_s = 30.0;
  double merge_max_gap_ms = 75.0;          // merge fixations at most this far apart...
  double merge_max_angle_deg = 0.5;        // ...and at most this many degrees apart
  double min_fixation_duration_ms = 60.0;  // shorter fixations become unclassified
  // Two steps Tobii's filter does not have, off by default and on in the
  // "coders" preset: saccades touching lost samples are no saccades (eyelid
  // movement around blinks), and a saccade within this many ms after
  // another is its post-saccadic oscillation (0 = off).
  bool drop_saccades_at_loss = false;
  double post_saccadic_max_ms = 0.0;

  // Pro Lab's two presets. "Fixation" is the default above; "Attention" is
  // meant for head-mounted data, where head movement and the
  // vestibulo-ocular reflex raise gaze velocity. Only its 100 deg/s
  // threshold could be confirmed (Pro Lab's "Tobii I-VT (Attention)"
  // preset); its other values are taken as the Fixation preset's.
  static IvtSettings Fixation() { return {}; }
  static IvtSettings Attention() {
    IvtSettings s;
    s.velocity_threshold_deg_per_s = 100.0;
    return s;
  }
  // Ours, not Pro Lab's: the Fixation preset plus the two steps above, which
  // make its saccades those human coders mark (Andersson et al. 2017 data:
  // image saccade kappa 0.667 -> 0.820, above every published algorithm;
  // the 40 ms was chosen on that same data). Pro Lab agreement falls to
  // about 98-99 %. doc/algorithms/andersson2017.md.
  static IvtSettings Coders() {
    IvtSettings s;
    s.drop_saccades_at_loss = true;
    s.post_saccadic_max_ms = 40.0;
    return s;
  }
};

// Dispersion-threshold identification (I-DT; Salvucci & Goldberg 2000).
// A window of at least `min_fixation_duration_ms` whose dispersion
// (max x - min x) + (max y - min y), in degrees, stays within the threshold
// is a fixation; other valid samples are saccade samples. Defaults: 1.0 deg
// and 100 ms, the values Salvucci & Goldberg (2000) and Blignaut (2009)
// recommend for screen-based data. doc/algorithms/idt.md.
struct IdtSettings {
  double dispersion_threshold_deg = 1.0;
  double min_fixation_duration_ms = 100.0;
};

// Engbert & Kliegl (2003) saccade detection. Per axis, the velocity is the
// five-sample moving difference (their eq. 1); its noise is the median-based
// SD sqrt(median(v^2) - median(v)^2) (eq. 2); samples outside the ellipse of
// radii `lambda` times the noise on both axes are saccade candidates, and a
// run of them lasting at least `min_saccade_duration_ms` is a saccade.
// Intervals between saccades are fixations, kept when at least
// `min_fixation_duration_ms` long. doc/algorithms/engbert_kliegl.md.
struct EngbertKlieglSettings {
  double lambda = 6.0;
  // EK's minimum of 6 samples at their 500 Hz, as a duration so that it
  // means the same at every sampling rate (6 samples would be 50 ms at
  // 120 Hz, longer than most saccades).
  double min_saccade_duration_ms = 12.0;
  // EK estimate the noise once per trial; a recording is long and its noise
  // changes with the head, so the estimate is made per block of this length
  // (a tail shorter than half a block keeps the block before's threshold).
  double noise_window_s = 10.0;
  // Shorter inter-saccade intervals are not fixations: the same floor as
  // Tobii's I-VT, so that fixation counts compare across detectors.
  double min_fixation_duration_ms = 60.0;
};

// Blinks: runs where both eyes are lost for as long as a blink lasts.
// 75-500 ms brackets the human blink (Caffier et al. 2003 report means of
// 100-400 ms); shorter losses are noise, longer ones track loss.
struct BlinkSettings {
  double min_duration_ms = 75.0;
  double max_duration_ms = 500.0;
};

// Metrics per annotated behaviour (BORIS; issue 4).
struct BehaviorSettings {
  // Only this subject's annotations count (BORIS files often code the
  // participant and the experimenter); empty = every subject.
  std::string subject;
  // How recordings find their observations: "auto", "name", "recording" or
  // "participant" (src/boris/matching.h says what each keeps).
  std::string match = "auto";
  // Recording time = BORIS media time - this offset, for every recording
  // without one of its own (study/clock_sync.h; BORIS media time = exported
  // time - the observation's time offset). Tobii scene videos start at
  // recording time 0, hence 0.
  double offset_s = 0.0;
  // A moment logged in both the export and BORIS (study/sync_event.h) that
  // places each annotated recording without an offset of its own; empty:
  // none.
  std::string sync_event;
  // Behaviours coded only to mark a moment, analysed as no behaviour: the
  // clap, flash or TTL coded to sync the clocks, which BORIS users code as a
  // point behaviour named "sync" by habit (doc/formats/boris.md, "Clock
  // sync"). Names compare without case; sync_event is always one.
  std::vector<std::string> markers = {"sync"};
  // The pupil's response to a point event is its mean over this window
  // after the event: 0-2 s holds the task-evoked pupillary response, which
  // peaks about 1 s after the event (Beatty 1982; Mathot 2018).
  double point_window_start_s = 0.0;
  double point_window_end_s = 2.0;
};

// The intervals ("times of interest", Pro Lab) AOI metrics are computed
// in, beside the whole recording.
// Each stimulus presentation is one too, always: from an
// `ImageStimulusStart` or `VideoStimulusStart` event (Tobii Studio:
// `ImageStart`, `MovieStart`) to its end event, the next start, or the
// recording's end (aoi/intervals.h).
struct IntervalSettings {
  // Intervals between two named events, each "NAME=START..END": from each
  // event named START (its `Event` or `Event value`) to the next named
  // END (aoi/interval_spec.h).
  std::vector<std::string> between;
};

// What each recording keeps for the figures (tobii/figure_data.h). Display
// choices, not science: the grid is finer than any smoothing a gaze map
// uses (a 30 px cell is about 0.8 deg at the default geometry; maps are
// smoothed with sigma of about 1-2 deg, the fovea's size: Le Meur & Baccino
// 2013), fixation durations are binned finer than their spread
// (Holmqvist et al. 2011: most lie within 100-500 ms), and a few hundred
// saccades show a main sequence.
struct FigureSettings {
  int gaze_grid_columns = 64;
  double fixation_bin_ms = 20.0;
  double fixation_max_ms = 1000.0;
  int main_sequence_saccades = 300;

  // Sample figures of single recordings: those named here (recording name,
  // file name or participant/recording), else the study's first
  // `sample_count`. Each shows `sample_window_s` from `sample_start_s`
  // after its first sample: 10 s hold some 30 fixations at about three a
  // second (Rayner 1998), enough for a scan path and few enough to follow.
  // `sample_bins` 5 ms bins over 10 s are finer than the shortest saccade
  // (about 20 ms), so each one shows; a stretch keeps at most as many
  // events as it has bins.
  std::vector<std::string> samples;
  int sample_count = 3;
  double sample_start_s = 0.0;
  double sample_window_s = 10.0;
  int sample_bins = 2000;
};

// The event detector: "ivt" (the default), "idt" or "engbert_kliegl"
// (src/events/detector_registry.cpp lists them).
inline constexpr const char* kDefaultDetector = "ivt";

struct Settings {
  ScreenGeometry screen;
  PreprocessSettings preprocess;
  VelocitySettings velocity;
  std::string detector = kDefaultDetector;
  IvtSettings ivt;
  IdtSettings idt;
  EngbertKlieglSettings engbert_kliegl;
  BlinkSettings blink;
  BehaviorSettings behavior;
  IntervalSettings intervals;
  FigureSettings figures;
  std::int64_t max_samples = -1;  // --nrows: samples read per file; -1 = all
};

}  // namespace tobii
