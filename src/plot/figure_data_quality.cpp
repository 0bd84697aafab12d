#include "plot/figure_data_quality.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <numeric>
#include <string>

#include "analysis/group_values.h"
#include "figures/axes.h"
#include "figures/layout.h"
#include "figures/legend.h"
#include "figures/marks.h"
#include "plot/figure_files.h"
#include "plot/metric_by_group.h"
#include "report/figure_names.h"

namespace tobii::plot {

namespace {

using namespace figures;

constexpr double kWidthPt = 520;
constexpr double kHeightPt = 340;
constexpr double kGapPt = 14;
constexpr double kCaptionInsetPt = 6;  // around the caption below the panels
// Main-sequence points are many and overlap: drawn small and see-through.
constexpr double kPointRadiusPt = 1.0;
constexpr double kPointAlpha = 0.35;
// At most this many main-sequence points a group, taken evenly from all its
// recordings: beyond a few thousand the scatter is a solid band, and the
// drawing's memory (every point is a path in each format) would grow with
// the number of recordings.
constexpr std::size_t kMaxMainSequencePoints = 3000;

// Every k-th of n values is kept, k chosen so that at most `limit` remain.
std::size_t ThinningStep(std::size_t n, std::size_t limit) {
  return n <= limit ? 1 : (n + limit - 1) / limit;
}

// The groups as the group tables name and order them.
std::vector<std::string> GroupNames(const std::vector<RecordingResult>& results) {
  std::map<std::string, bool> names;
  for (const RecordingResult* r : analysis::GroupedRecordings(results)) names[r->group] = true;
  std::vector<std::string> out;
  for (const auto& [name, unused] : names) out.push_back(name);
  return out;
}

// Where a recording's duration bins start: half a sample before each
// whole-sample boundary (include/tobii/figure_data.h), or at 0 without a rate.
double BinOffsetMs(const RecordingResult& r) {
  const double rate = r.sampling_rate_hz;
  return rate > 0 && std::isfinite(rate) ? -500.0 / rate : 0.0;
}

// A participant's fixations, as shares in percent, spread over the plot's
// bins [offset + k·width, offset + (k+1)·width) by overlap; the overflow bin
// is left out. With one sampling rate in the study the recordings' bins are
// the plot's, and each share lands whole in its own bin.
void AddShares(const RecordingResult& r, const FigureData& data, double total, double width, double offset,
               std::vector<double>* shares) {
  const auto& counts = data.fixation_duration_counts;
  const double w = data.fixation_bin_ms, start = BinOffsetMs(r);
  for (std::size_t k = 0; k + 1 < counts.size(); ++k) {
    if (counts[k] == 0) continue;
    const double low = start + w * static_cast<double>(k), high = low + w;
    const double share = 100.0 * counts[k] / total;
    for (auto j = static_cast<std::ptrdiff_t>(std::floor((low - offset) / width)); j >= 0; ++j) {
      const double bin_low = offset + width * static_cast<double>(j), bin_high = bin_low + width;
      if (bin_low >= high || static_cast<std::size_t>(j) >= shares->size()) break;
      const double overlap = std::min(high, bin_high) - std::max(low, bin_low);
      if (overlap > 0) (*shares)[static_cast<std::size_t>(j)] += share * overlap / w;
    }
  }
}

// Each group's curve: the mean over its participants of their recordings'
// mean shares. Memory: the curves and one participant's shares; the
// recordings are visited by group and participant, so that each
// participant is finished before the next begins.
void FixationDurations(cairo_t* cr, Rect cell, const std::vector<RecordingResult>& results,
                       const std::vector<std::string>& groups, const results::FigureDataShelf* shelf) {
  // The plot's bins: the widest of the recordings' (a study mixing sampling
  // rates has bins of 16.7 ms at 120 Hz and 20 ms at 300 Hz, say), so that
  // no plot bin is narrower than a recording's and none comes out empty;
  // the other recordings' bins are spread over them by overlap.
  std::vector<const RecordingResult*> used;
  double width = 0, offset = 0, end = 0;
  FigureData scratch;
  for (const RecordingResult& r : results) {
    const FigureData& data = results::ViewFigureData(shelf, r.figure_data, &scratch);
    const auto& counts = data.fixation_duration_counts;
    if (counts.size() < 2 || !(data.fixation_bin_ms > 0) ||
        std::find(groups.begin(), groups.end(), r.group) == groups.end())
      continue;
    used.push_back(&r);
    const double w = data.fixation_bin_ms;
    end = std::max(end, BinOffsetMs(r) + w * static_cast<double>(counts.size() - 1));
    if (w > width) width = w, offset = BinOffsetMs(r);
  }
  const std::size_t shown = width > 0 ? static_cast<std::size_t>(std::ceil((end - offset) / width)) : 0;
  analysis::SortByGroupAndParticipant(&used);
  std::vector<std::vector<double>> curves(groups.size());
  std::vector<int> participants(groups.size(), 0);
  std::vector<double> sum;  // one participant's shares, over `recordings` of theirs
  int recordings = 0;
  std::size_t g = 0;  // the participant's group
  const auto finish_participant = [&] {
    if (recordings == 0) return;
    std::vector<double>& curve = curves[g];
    if (curve.empty()) curve.assign(shown, 0.0);
    for (std::size_t i = 0; i < shown; ++i) curve[i] += sum[i] / recordings;
    ++participants[g];
  };
  for (std::size_t i = 0; i < used.size(); ++i) {
    const RecordingResult& r = *used[i];
    if (i == 0 || r.group != used[i - 1]->group || r.participant_id != used[i - 1]->participant_id) {
      finish_participant();
      sum.assign(shown, 0.0);
      recordings = 0;
      g = static_cast<std::size_t>(std::find(groups.begin(), groups.end(), r.group) - groups.begin());
    }
    const FigureData& data = results::ViewFigureData(shelf, r.figure_data, &scratch);
    const auto& counts = data.fixation_duration_counts;
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    if (total <= 0) continue;
    AddShares(r, data, total, width, offset, &sum);
    ++recordings;
  }
  finish_participant();
  double top = 0;
  for (std::size_t k = 0; k < groups.size(); ++k) {
    for (double& v : curves[k]) v /= static_cast<double>(participants[k]);
    for (double v : curves[k]) top = std::max(top, v);
  }
  AxesSpec spec;
  spec.title = "Fixation durations";
  spec.x = LinearAxis("Duration (ms)", 0, offset + width * static_cast<double>(shown));
  spec.y = LinearAxis(fmt::format("Fixations (% per {:.3g} ms)", width), 0, top > 0 ? top : 1);
  Axes axes(cr, spec, cell);
  std::vector<LegendEntry> legend;
  for (std::size_t k = 0; k < groups.size(); ++k) {
    if (curves[k].empty()) continue;
    std::vector<double> xs(curves[k].size());
    for (std::size_t i = 0; i < xs.size(); ++i) xs[i] = offset + width * (static_cast<double>(i) + 0.5);
    Line(axes, xs, curves[k], GroupColor(k), 1.2);
    legend.push_back({groups[k].empty() ? "all" : groups[k], GroupColor(k), LegendKey::kLine});
  }
  Legend(axes, legend);
  axes.DrawFrame();
}

// Each group's saccades in file order, thinned evenly to at most
// kMaxMainSequencePoints: counted first, so that only the points drawn are
// kept.
void MainSequence(cairo_t* cr, Rect cell, const std::vector<RecordingResult>& results,
                  const std::vector<std::string>& groups, const results::FigureDataShelf* shelf) {
  std::vector<std::size_t> saccades(groups.size(), 0);
  double max_amplitude = 1, max_velocity = 1;
  FigureData scratch;
  const auto group_of = [&](const RecordingResult& r) {
    return static_cast<std::size_t>(std::find(groups.begin(), groups.end(), r.group) - groups.begin());
  };
  for (const RecordingResult& r : results) {
    const std::size_t k = group_of(r);
    if (k == groups.size()) continue;
    for (const auto& [a, v] : results::ViewFigureData(shelf, r.figure_data, &scratch).saccades) {
      ++saccades[k];
      max_amplitude = std::max(max_amplitude, static_cast<double>(a));
      max_velocity = std::max(max_velocity, static_cast<double>(v));
    }
  }
  std::vector<std::size_t> step(groups.size()), seen(groups.size(), 0);
  for (std::size_t k = 0; k < groups.size(); ++k) step[k] = ThinningStep(saccades[k], kMaxMainSequencePoints);
  std::vector<std::vector<double>> amplitude(groups.size()), velocity(groups.size());
  for (const RecordingResult& r : results) {
    const std::size_t k = group_of(r);
    if (k == groups.size()) continue;
    for (const auto& [a, v] : results::ViewFigureData(shelf, r.figure_data, &scratch).saccades) {
      if (seen[k]++ % step[k] != 0) continue;
      amplitude[k].push_back(a);
      velocity[k].push_back(v);
    }
  }
  AxesSpec spec;
  spec.title = "Saccade main sequence";
  spec.x = LinearAxis("Amplitude (deg)", 0, max_amplitude);
  spec.y = LinearAxis("Peak velocity (deg/s)", 0, max_velocity);
  Axes axes(cr, spec, cell);
  std::vector<LegendEntry> legend;
  for (std::size_t k = 0; k < groups.size(); ++k) {
    Points(axes, amplitude[k], velocity[k], GroupColor(k), kPointRadiusPt, kPointAlpha);
    legend.push_back({groups[k].empty() ? "all" : groups[k], GroupColor(k), LegendKey::kPoint});
  }
  Legend(axes, legend, Corner::kTopLeft);
  axes.DrawFrame();
}

}  // namespace

std::unique_ptr<Canvas> DrawDataQualityFigure(const std::vector<RecordingResult>& results,
                                              const std::vector<analysis::ComparisonRow>& group_stats,
                                              const results::FigureDataShelf* shelf) {
  const std::vector<std::string> groups = GroupNames(results);
  const std::string caption = MetricByGroupCaption(group_stats);
  const double caption_height = [&] {
    const Canvas scratch(1, 1);
    return CaptionHeight(scratch.cr(), kWidthPt - 2 * kCaptionInsetPt, caption);
  }();
  auto canvas = std::make_unique<Canvas>(kWidthPt, kHeightPt + caption_height + 2 * kCaptionInsetPt);
  const Grid grid(kWidthPt, kHeightPt, 2, 2, kGapPt);
  cairo_t* cr = canvas->cr();
  MetricByGroup(cr, PanelLetter(cr, grid.Cell(0, 0), 0), "validity_pct", results, group_stats);
  MetricByGroup(cr, PanelLetter(cr, grid.Cell(0, 1), 1), "precision_rms_s2s_deg", results, group_stats);
  FixationDurations(cr, PanelLetter(cr, grid.Cell(1, 0), 2), results, groups, shelf);
  MainSequence(cr, PanelLetter(cr, grid.Cell(1, 1), 3), results, groups, shelf);
  Caption(cr, {kCaptionInsetPt, kHeightPt + kCaptionInsetPt, kWidthPt - 2 * kCaptionInsetPt, caption_height},
          caption);
  return canvas;
}

Status WriteDataQualityFigure(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                              const std::vector<analysis::ComparisonRow>& group_stats,
                              const results::FigureDataShelf* shelf) {
  return WriteFigure(*DrawDataQualityFigure(results, group_stats, shelf), out, report::kFigure2Name);
}

}  // namespace tobii::plot
