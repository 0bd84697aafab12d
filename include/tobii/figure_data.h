// FigureData: what the study's figures need of one recording beyond its
// metrics (the gaze heat map, the fixation-duration distribution, the
// saccade main sequence), bounded whatever the recording's length, so that
// figures are drawn from the results alone (report/results_file.h).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "tobii/event.h"

namespace tobii {

// On-screen gaze samples counted on a grid over the screen: row-major,
// row 0 at the top. The screen's size and distance travel with it, so a
// smoothing width in degrees can be turned into cells.
struct GazeGrid {
  int columns = 0;
  int rows = 0;
  double width_mm = 0;
  double height_mm = 0;
  double distance_mm = 0;
  std::vector<std::uint32_t> counts;  // columns x rows
};

// A short stretch of one recording at figure resolution, for its sample
// figure: gaze, velocity and pupil in time bins, the events in the stretch
// and the screen the scan path is drawn on. Its size is fixed by
// FigureSettings (bins, events), whatever the recording's length or rate.
struct SampleTrace {
  // Seconds from the recording's first sample to the stretch's start, its
  // length, and the time bins its samples were gathered in.
  double start_s = 0;
  double window_s = 0;
  double bin_s = 0;
  // One point per bin that holds samples (bins finer than the sampling
  // interval leave some empty): the samples' mean time in seconds from the
  // stretch's start, and, NaN where none of them has one, the mean gaze
  // point, the highest windowed velocity (so that no saccade's peak is
  // averaged away under the threshold) and the mean pupil.
  std::vector<float> time_s, x_px, y_px, velocity_deg_per_s, pupil_mm;
  // I-VT's threshold, drawn on the velocity; NaN for other detectors.
  double velocity_threshold_deg_per_s = 0;
  double screen_width_px = 0;
  double screen_height_px = 0;
  // The events overlapping the stretch, clipped to it, in time order.
  // Seconds from the stretch's start; fixations keep their centroid for the
  // scan path.
  struct Interval {
    EventType type = EventType::kFixation;
    float start_s = 0;
    float end_s = 0;
    float x_px = 0;
    float y_px = 0;
  };
  std::vector<Interval> events;
  bool events_truncated = false;  // more events than FigureSettings allows were found
};

struct FigureData {
  GazeGrid gaze;
  // Fixations per duration bin, from 0; the last bin holds every longer
  // one. With a sampling rate, a bin is a whole number m of sample
  // intervals I (metrics/figure_data_accumulator.h): bin k holds durations
  // of k·m to (k+1)·m − 1 samples, [k·w − I/2, (k+1)·w − I/2) for width w;
  // without one, [k·w, (k+1)·w).
  double fixation_bin_ms = 0;
  std::vector<std::uint32_t> fixation_duration_counts;
  // (amplitude deg, peak velocity deg/s) of at most a set number of
  // saccades, drawn evenly from the whole recording (reservoir sampling).
  std::vector<std::pair<float, float>> saccades;
  // Only for the recordings chosen for a sample figure (--sample).
  std::optional<SampleTrace> sample;

  // Where the grid, the fixation durations and the saccades wait while
  // they are kept out of memory (results/figure_data_shelf.h): their bytes
  // in the run's shelf file. `bytes` 0: they are here. Not stored.
  struct ShelfPlace {
    std::uint64_t offset = 0;
    std::uint64_t bytes = 0;
  };
  ShelfPlace shelved;
};

}  // namespace tobii
