// The synthetic study generator: a whole study of Tobii recordings (Pro Lab
// data exports by default; any format tobii-pipeline reads, in turn, with
// StudyOptions::formats), with BORIS annotations, a participants table and
// the planted ground truth, for tests, the demo and benchmarks.
//
// Deterministic: the same options give the same bytes (random numbers come
// from std::mt19937_64, whose output the standard fixes, with our own
// transforms instead of std::*_distribution, whose output it does not).
// Recordings are written in parallel; each is streamed to disk row by row, so
// memory does not grow with --minutes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "gen_study/physiology.h"
#include "tobii/recording_format.h"
#include "tobii/status.h"

namespace tobii::gen {

struct StudyOptions {
  std::filesystem::path out;  // created if missing; existing files are replaced
  int recordings = 8;         // total exports, split over data_G/ and data_L/
  double minutes = 2.0;       // length of each recording
  double hz = 120.0;          // eye-tracker sampling rate
  std::uint64_t seed = 1;
  int jobs = 0;               // worker threads; 0 = all cores
  bool boris = true;          // write boris/ annotations
  // Sample-to-sample gaze noise per eye (RMS, degrees). The default is a
  // good screen-based tracker's; 0.1-0.3 makes a noisy recording for
  // testing detectors.
  double gaze_noise_deg = kGazeNoiseDeg;
  // The recordings' formats, handed out in turn (recording i gets
  // formats[i % size]).
  std::vector<io::RecordingFormat> formats = {io::RecordingFormat::kProLab};
};

// What was written for one recording (also in truth.json).
struct GeneratedRecording {
  std::string file;            // relative to the study folder: the data file
  std::string format;          // its format's key (io/recording_format.h)
  std::string participant_id;
  std::string recording;       // the export's `Recording name`
  std::string group;           // "Patient" or "Control"
  std::string boris_file;      // relative; empty without BORIS files
  std::string boris_format;    // which format it is written in (boris_writer.h)
  std::string aois_file;       // relative: the planted AOI metrics (aoi_truth.h)
  bool aoi_hit_columns = false;  // the export has `AOI hit` columns
  int images_shown = 0;          // images 1 .. this shown (each once or more)
  bool decimal_comma = false;
  bool bom = false;
  bool crlf = false;
  std::int64_t samples = 0;    // `Eye Tracker` rows written
  std::uint64_t bytes = 0;
  double duration_s = 0;
  int fixation_count = 0;      // planted events
  double fixation_duration_mean_ms = 0;
  // Mean planted fixation centroid, px from the top: lower (larger) for the
  // Patient group, whose fixation targets are centred lower
  // (kFixationCentreShiftFraction).
  double fixation_y_mean_px = 0;
  int saccade_count = 0;
  int blink_count = 0;
  double pupil_mean_mm = 0;    // mean of the written pupil values (both eyes, valid samples)
  // Where the BORIS annotations sit: video time = recording time + the lead
  // (sync.csv lists it as offset_s), and the sync clap's recording time.
  double video_lead_s = 0;
  double sync_s = 0;
};

struct GeneratedStudy {
  std::vector<GeneratedRecording> recordings;  // in file order
  std::uint64_t bytes = 0;                     // all exports together
};

// Writes the study into options.out. On failure nothing half-written is left
// under its final name.
Status GenerateStudy(const StudyOptions& options, GeneratedStudy* study);

}  // namespace tobii::gen
