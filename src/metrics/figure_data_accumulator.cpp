#include "metrics/figure_data_accumulator.h"

#include <algorithm>
#include <cmath>

#include "util/units.h"

namespace tobii::metrics {

namespace {

// SplitMix64 (Steele, Lea & Flood 2014): a few lines, so the reservoir's
// draws need no generator state beyond one word and are the same on every
// platform, which <random>'s distributions do not promise.
std::uint64_t NextRandom(std::uint64_t* state) {
  std::uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

constexpr std::uint64_t kReservoirSeed = 20261125;

}  // namespace

FigureDataAccumulator::FigureDataAccumulator(const FigureSettings& settings, const ScreenGeometry& screen)
    : width_px_(screen.width_px),
      height_px_(screen.height_px),
      reservoir_size_(static_cast<std::size_t>(std::max(0, settings.main_sequence_saccades))),
      bin_ms_(settings.fixation_bin_ms),
      max_ms_(settings.fixation_max_ms),
      random_state_(kReservoirSeed) {
  GazeGrid& grid = data_.gaze;
  grid.columns = std::max(1, settings.gaze_grid_columns);
  grid.rows = std::max(1, static_cast<int>(std::lround(grid.columns * screen.height_px / screen.width_px)));
  grid.width_mm = screen.width_mm;
  grid.height_mm = screen.height_mm;
  grid.distance_mm = screen.distance_mm;
  grid.counts.assign(static_cast<std::size_t>(grid.columns) * static_cast<std::size_t>(grid.rows), 0);
  const auto fine = static_cast<std::size_t>(
      std::ceil(std::max(0.0, max_ms_) * util::kMicrosecondsPerMillisecond / kDurationResolutionUs));
  durations_.assign(fine + 1, 0);
  data_.saccades.reserve(reservoir_size_);
}

void FigureDataAccumulator::AddSamples(std::span<const preprocess::GazeSample> samples) {
  GazeGrid& grid = data_.gaze;
  for (const preprocess::GazeSample& s : samples) {
    if (!s.on_screen) continue;
    const int column = std::clamp(static_cast<int>(s.x_px / width_px_ * grid.columns), 0, grid.columns - 1);
    const int row = std::clamp(static_cast<int>(s.y_px / height_px_ * grid.rows), 0, grid.rows - 1);
    ++grid.counts[static_cast<std::size_t>(row) * static_cast<std::size_t>(grid.columns) +
                  static_cast<std::size_t>(column)];
  }
}

void FigureDataAccumulator::AddEvents(std::span<const Event> events) {
  for (const Event& e : events) {
    if (e.type == EventType::kFixation) {
      const auto fine = static_cast<std::size_t>(std::max<std::int64_t>(0, e.duration_us()) / kDurationResolutionUs);
      ++durations_[std::min(fine, durations_.size() - 1)];
    } else if (e.type == EventType::kSaccade && reservoir_size_ > 0 && std::isfinite(e.amplitude_deg) &&
               std::isfinite(e.peak_velocity_deg_per_s)) {
      // Algorithm R (Vitter 1985): the k-th saccade replaces a kept one with
      // probability size / k.
      const std::pair<float, float> point{static_cast<float>(e.amplitude_deg),
                                          static_cast<float>(e.peak_velocity_deg_per_s)};
      ++saccades_seen_;
      if (data_.saccades.size() < reservoir_size_) {
        data_.saccades.push_back(point);
      } else {
        const std::uint64_t j = NextRandom(&random_state_) % static_cast<std::uint64_t>(saccades_seen_);
        if (j < reservoir_size_) data_.saccades[j] = point;
      }
    }
  }
}

void FigureDataAccumulator::Finish(double sampling_rate_hz, FigureData* data) const {
  *data = data_;
  const double sample_ms = sampling_rate_hz > 0 && std::isfinite(sampling_rate_hz) ? 1000.0 / sampling_rate_hz : 0;
  // Whole samples a bin: durations are whole samples (onset to the first
  // sample after: event.h), so each is rounded to its sample count first.
  const long samples_per_bin = sample_ms > 0 ? std::max(1L, std::lround(bin_ms_ / sample_ms)) : 0;
  const double width_ms = samples_per_bin > 0 ? static_cast<double>(samples_per_bin) * sample_ms : bin_ms_;
  // Regular bins end at or before fixation_max_ms, within the counted range.
  const auto regular = static_cast<std::size_t>(std::max(1.0, std::floor(max_ms_ / width_ms)));
  data->fixation_bin_ms = width_ms;
  data->fixation_duration_counts.assign(regular + 1, 0);
  for (std::size_t fine = 0; fine < durations_.size(); ++fine) {
    if (durations_[fine] == 0) continue;
    std::size_t bin = regular;
    if (fine + 1 < durations_.size()) {
      const double ms = (static_cast<double>(fine) + 0.5) * kDurationResolutionUs / util::kMicrosecondsPerMillisecond;
      bin = samples_per_bin > 0 ? static_cast<std::size_t>(std::lround(ms / sample_ms) / samples_per_bin)
                                : static_cast<std::size_t>(ms / width_ms);
    }
    data->fixation_duration_counts[std::min(bin, regular)] += durations_[fine];
  }
}

}  // namespace tobii::metrics
