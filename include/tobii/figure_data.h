// FigureData: what the study's figures need of one recording beyond its
// metrics (the gaze heat map, the fixation-duration distribution, the
// saccade main sequence), bounded whatever the recording's length, so that
// figures are drawn from the results alone (report/results_file.h).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

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

struct FigureData {
  GazeGrid gaze;
  // Fixations per duration bin: [k, k+1) x bin width, from 0; the last bin
  // holds every longer one.
  double fixation_bin_ms = 0;
  std::vector<std::uint32_t> fixation_duration_counts;
  // (amplitude deg, peak velocity deg/s) of at most a set number of
  // saccades, drawn evenly from the whole recording (reservoir sampling).
  std::vector<std::pair<float, float>> saccades;
};

}  // namespace tobii
