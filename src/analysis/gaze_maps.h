// Group gaze heat maps (figure 1): each participant's on-screen gaze
// histogram (the sum of their recordings' grids) normalised to sum 1,
// smoothed with a Gaussian of sigma degrees, renormalised to sum 1, and
// averaged over the group's participants, so every participant weighs the
// same however long they were recorded.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "results/figure_data_shelf.h"
#include "tobii/recording_result.h"

namespace tobii::analysis {

struct GazeMap {
  std::string group;
  int participants = 0;  // with any gaze on the screen
  int columns = 0;
  int rows = 0;
  std::vector<double> share;  // row-major; sums to 1 (empty without participants)
};

// The size of grid the heat maps are drawn on: the most common among the
// recordings they count (GroupedRecordings) that have gaze on the screen,
// the first met on a tie. A grid's rows follow its screen's shape, so a
// study recorded on screens of two shapes has grids of two sizes. None
// when no recording has gaze on the screen.
struct GridSize {
  int columns = 0;
  int rows = 0;
  bool operator==(const GridSize&) const = default;
};
std::optional<GridSize> HeatMapGridSize(const std::vector<RecordingResult>& results);

// The recordings the heat maps would count, with gaze on the screen, whose
// grid is of another size than HeatMapGridSize: left out of them (the run
// warns of each; figure 1's caption says how many).
std::vector<const RecordingResult*> LeftOutOfHeatMaps(const std::vector<RecordingResult>& results);

// The groups in name order, as in the group tables (groupless recordings
// are left out when any recording has a group). Recordings whose grid is
// of another size than HeatMapGridSize are left out.
// `shelf`: where the results' figure data waits (null: in the results).
// Memory: one participant's grid at a time, and one map per group.
std::vector<GazeMap> GroupGazeMaps(const std::vector<RecordingResult>& results, double sigma_deg,
                                   const results::FigureDataShelf* shelf = nullptr);

// Smooths a row-major grid with a Gaussian of `sigma_columns` and
// `sigma_rows` cells (separable; outside the grid counts as empty).
std::vector<double> GaussianSmooth(const std::vector<double>& grid, int columns, int rows, double sigma_columns,
                                   double sigma_rows);

}  // namespace tobii::analysis
