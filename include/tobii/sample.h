// Sample and SampleChunk: one eye-tracker gaze sample, and the fixed-capacity
// batch in which readers hand samples to the rest of the pass, together with
// the export's event rows (RecordingEvent) read among them.
//
// Missing values are NaN (floats); each eye's `valid` says whether it was
// tracked. A chunk is reused from call to call, so a recording never
// occupies more than one chunk of samples (and the few events read with
// them) in memory.
//
// Coordinates are Tobii's display area coordinate system (DACS): pixels or
// millimetres from the screen's top-left corner, x to the right, y down,
// and for eye positions z from the screen plane towards the viewer.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tobii {

inline constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

inline bool IsPresent(float value) { return !std::isnan(value); }

// What the tracker measured of one eye in one sample.
struct EyeData {
  float gaze_x_px = kMissing;  // gaze point on the screen
  float gaze_y_px = kMissing;
  float gaze_x_mm = kMissing;  // the same point in millimetres
  float gaze_y_mm = kMissing;
  float eye_x_mm = kMissing;   // eye position in front of the screen
  float eye_y_mm = kMissing;
  float eye_z_mm = kMissing;
  float pupil_mm = kMissing;
  // The gaze direction as the tracker measured it: a unit vector in DACS
  // orientation (x right, y down, z towards the viewer; straight ahead is
  // (0, 0, -1)). Head-mounted trackers give it in their own head-fixed
  // frame, which their reader turns into this orientation. Where present it
  // is used as it is, and the eye needs no gaze point on a screen.
  float gaze_dir_x = kMissing;
  float gaze_dir_y = kMissing;
  float gaze_dir_z = kMissing;
  bool valid = false;
};

struct Sample {
  std::int64_t time_us = 0;    // since the recording started
  float gaze_x_px = kMissing;  // the tracker's own combined gaze point
  float gaze_y_px = kMissing;
  EyeData left;
  EyeData right;
  // The export's AOI hit columns (`AOI hit [Stimulus - AOI]`, Tobii
  // Studio's `AoiNames`): bit i set when the row is on AOI i of
  // RecordingInfo::aoi_columns. Zero for formats without them.
  std::uint64_t aoi_hits = 0;
};

// The most AOI hit columns a recording's samples carry (Sample::aoi_hits).
inline constexpr std::size_t kMaxAoiColumns = 64;

// A row of the export that marks a moment rather than a gaze sample: Pro
// Lab's `Event` and `Event value` (`RecordingStart`, `ImageStimulusStart`
// with the stimulus name, `KeyPress`, `SyncPortIn`, `MouseEvent` with
// `Down, Left`, ...). A key press or TTL pulse that the BORIS file also
// holds lets the annotations be placed on the recording's clock.
struct RecordingEvent {
  std::int64_t time_us = 0;  // on the samples' clock (Sample::time_us)
  std::string name;          // `Event`
  std::string value;         // `Event value`; empty when absent
};

// A batch of consecutive samples, and the events read among them. Capacity
// is fixed by the reader. A chunk may hold events and no samples (the
// events after the last sample of a file); it is empty only when it holds
// neither.
struct SampleChunk {
  std::vector<Sample> samples;
  std::vector<RecordingEvent> events;  // in file order; usually none
  void clear() {
    samples.clear();
    events.clear();
  }
  bool empty() const { return samples.empty() && events.empty(); }
};

}  // namespace tobii
