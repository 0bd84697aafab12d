#include "analysis/gaze_maps.h"

#include "analysis/group_values.h"

#include <cmath>
#include <map>
#include <numbers>
#include <numeric>

namespace tobii::analysis {

namespace {

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

std::vector<GazeMap> GroupGazeMaps(const std::vector<RecordingResult>& results, double sigma_deg) {
  const std::vector<const RecordingResult*> grouped = GroupedRecordings(results);
  // The grid of the first recording that counts (a run uses one grid size).
  const GazeGrid* shape = nullptr;
  for (const RecordingResult* r : grouped) {
    if (r->figure_data.gaze.counts.empty()) continue;
    shape = &r->figure_data.gaze;
    break;
  }
  std::map<std::string, std::map<std::string, std::vector<double>>> sums;  // group -> participant -> counts
  for (const RecordingResult* recording : grouped) {
    const RecordingResult& r = *recording;
    std::map<std::string, std::vector<double>>& group = sums[r.group];
    const GazeGrid& grid = r.figure_data.gaze;
    if (shape == nullptr || grid.columns != shape->columns || grid.rows != shape->rows) continue;
    std::vector<double>& sum = group[r.participant_id];
    sum.resize(grid.counts.size(), 0.0);
    for (std::size_t i = 0; i < grid.counts.size(); ++i) sum[i] += grid.counts[i];
  }
  std::vector<GazeMap> maps;
  for (auto& [group, participants] : sums) {
    GazeMap map;
    map.group = group;
    if (shape != nullptr) {
      map.columns = shape->columns;
      map.rows = shape->rows;
      const double sigma_columns =
          sigma_deg / CellDegrees(shape->width_mm, shape->columns, shape->distance_mm);
      const double sigma_rows = sigma_deg / CellDegrees(shape->height_mm, shape->rows, shape->distance_mm);
      for (auto& [participant, counts] : participants) {
        if (std::accumulate(counts.begin(), counts.end(), 0.0) <= 0) continue;
        NormaliseToOne(&counts);
        std::vector<double> smooth = GaussianSmooth(counts, map.columns, map.rows, sigma_columns, sigma_rows);
        NormaliseToOne(&smooth);
        if (map.share.empty()) map.share.assign(smooth.size(), 0.0);
        for (std::size_t i = 0; i < smooth.size(); ++i) map.share[i] += smooth[i];
        ++map.participants;
      }
      for (double& v : map.share) v /= map.participants;
    }
    maps.push_back(std::move(map));
  }
  return maps;
}

}  // namespace tobii::analysis
