#include "analysis/gaze_maps.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <optional>
#include <utility>

#include "analysis/group_values.h"

namespace tobii::analysis {

namespace {

GridSize GridSizeOf(const RecordingResult& r) {
  return {r.figure_data.gaze.columns, r.figure_data.gaze.rows};
}

// The kernel reaches this many sigmas: beyond, its weight is below 0.2 %.
constexpr double kKernelSigmas = 3.0;

std::vector<double> Kernel(double sigma) {
  if (!(sigma > 0) || !std::isfinite(sigma)) return {1.0};
  const int radius = static_cast<int>(std::ceil(kKernelSigmas * sigma));
  std::vector<double> kernel(2 * static_cast<std::size_t>(radius) + 1);
  for (int k = -radius; k <= radius; ++k) kernel[k + radius] = std::exp(-0.5 * k * k / (sigma * sigma));
  const double sum = std::accumulate(kernel.begin(), kernel.end(), 0.0);
  for (double& w : kernel) w /= sum;
  return kernel;
}

void NormaliseToOne(std::vector<double>* grid) {
  const double sum = std::accumulate(grid->begin(), grid->end(), 0.0);
  if (sum > 0) {
    for (double& v : *grid) v /= sum;
  }
}

// The visual angle of one cell at the screen's centre, in degrees.
double CellDegrees(double screen_mm, int cells, double distance_mm) {
  return 2.0 * std::atan(screen_mm / cells / 2.0 / distance_mm) * 180.0 / std::numbers::pi;
}

}  // namespace

std::vector<double> GaussianSmooth(const std::vector<double>& grid, int columns, int rows,
                                   double sigma_columns, double sigma_rows) {
  const std::vector<double> kx = Kernel(sigma_columns), ky = Kernel(sigma_rows);
  const int rx = static_cast<int>(kx.size() / 2), ry = static_cast<int>(ky.size() / 2);
  std::vector<double> across(grid.size(), 0.0), out(grid.size(), 0.0);
  for (int row = 0; row < rows; ++row) {
    for (int column = 0; column < columns; ++column) {
      double sum = 0;
      for (int k = -rx; k <= rx; ++k) {
        const int c = column + k;
        if (c >= 0 && c < columns) sum += kx[k + rx] * grid[static_cast<std::size_t>(row * columns + c)];
      }
      across[static_cast<std::size_t>(row * columns + column)] = sum;
    }
  }
  for (int row = 0; row < rows; ++row) {
    for (int column = 0; column < columns; ++column) {
      double sum = 0;
      for (int k = -ry; k <= ry; ++k) {
        const int r = row + k;
        if (r >= 0 && r < rows) sum += ky[k + ry] * across[static_cast<std::size_t>(r * columns + column)];
      }
      out[static_cast<std::size_t>(row * columns + column)] = sum;
    }
  }
  return out;
}

std::optional<GridSize> HeatMapGridSize(const std::vector<RecordingResult>& results) {
  std::vector<std::pair<GridSize, int>> counted;  // in the order first met
  for (const RecordingResult* r : GroupedRecordings(results)) {
    if (r->on_screen_samples <= 0) continue;
    const GridSize size = GridSizeOf(*r);
    const auto it =
        std::find_if(counted.begin(), counted.end(), [&](const auto& c) { return c.first == size; });
    if (it == counted.end()) {
      counted.emplace_back(size, 1);
    } else {
      ++it->second;
    }
  }
  if (counted.empty()) return std::nullopt;
  return std::max_element(counted.begin(), counted.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

std::vector<const RecordingResult*> LeftOutOfHeatMaps(const std::vector<RecordingResult>& results) {
  std::vector<const RecordingResult*> left_out;
  const std::optional<GridSize> size = HeatMapGridSize(results);
  if (!size) return left_out;
  for (const RecordingResult* r : GroupedRecordings(results)) {
    if (r->on_screen_samples > 0 && GridSizeOf(*r) != *size) {
      left_out.push_back(r);
    }
  }
  return left_out;
}

std::vector<GazeMap> GroupGazeMaps(const std::vector<RecordingResult>& results, double sigma_deg,
                                   const results::FigureDataShelf* shelf) {
  std::vector<const RecordingResult*> grouped = GroupedRecordings(results);
  FigureData scratch;
  // The geometry of the first recording on the grid size the maps use
  // (kept in the result while its counts wait on the shelf).
  std::optional<GazeGrid> shape;
  if (const std::optional<GridSize> size = HeatMapGridSize(results)) {
    for (const RecordingResult* r : grouped) {
      if (r->on_screen_samples <= 0 || GridSizeOf(*r) != *size) continue;
      shape = r->figure_data.gaze;
      shape->counts.clear();
      break;
    }
  }
  // Groups and their participants by name, each participant's recordings
  // in file order: one participant's grid is summed and finished before
  // the next one's begins.
  SortByGroupAndParticipant(&grouped);
  std::vector<GazeMap> maps;
  std::vector<double> sum;  // the participant's counts; empty: none of their grids fits
  const auto finish_participant = [&](GazeMap* map) {
    if (sum.empty() || std::accumulate(sum.begin(), sum.end(), 0.0) <= 0) return;
    NormaliseToOne(&sum);
    const double sigma_columns = sigma_deg / CellDegrees(shape->width_mm, shape->columns, shape->distance_mm);
    const double sigma_rows = sigma_deg / CellDegrees(shape->height_mm, shape->rows, shape->distance_mm);
    std::vector<double> smooth = GaussianSmooth(sum, map->columns, map->rows, sigma_columns, sigma_rows);
    NormaliseToOne(&smooth);
    if (map->share.empty()) map->share.assign(smooth.size(), 0.0);
    for (std::size_t i = 0; i < smooth.size(); ++i) map->share[i] += smooth[i];
    ++map->participants;
  };
  const auto finish_group = [&](GazeMap* map) {
    for (double& v : map->share) v /= map->participants;
  };
  for (std::size_t i = 0; i < grouped.size(); ++i) {
    const RecordingResult& r = *grouped[i];
    const bool new_group = i == 0 || r.group != grouped[i - 1]->group;
    if (new_group || r.participant_id != grouped[i - 1]->participant_id) {
      if (i > 0) finish_participant(&maps.back());
      sum.clear();
    }
    if (new_group) {
      if (i > 0) finish_group(&maps.back());
      GazeMap& map = maps.emplace_back();
      map.group = r.group;
      if (shape) map.columns = shape->columns, map.rows = shape->rows;
    }
    if (!shape) continue;
    const GazeGrid& grid = results::ViewFigureData(shelf, r.figure_data, &scratch).gaze;
    if (grid.columns != shape->columns || grid.rows != shape->rows) continue;
    sum.resize(grid.counts.size(), 0.0);
    for (std::size_t k = 0; k < grid.counts.size(); ++k) sum[k] += grid.counts[k];
  }
  if (!maps.empty()) {
    finish_participant(&maps.back());
    finish_group(&maps.back());
  }
  return maps;
}

}  // namespace tobii::analysis
