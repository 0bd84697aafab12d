#include "plot/figure_sample.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include <tbb/parallel_for.h>

#include "figures/axes.h"
#include "figures/canvas.h"
#include "figures/heat_map.h"
#include "figures/layout.h"
#include "figures/legend.h"
#include "figures/marks.h"
#include "figures/text.h"
#include "plot/figure_files.h"
#include "report/figure_names.h"
#include "util/text.h"

namespace tobii::plot {

namespace {

using namespace figures;

constexpr double kWidthPt = 560;
constexpr double kHeightPt = 330;
constexpr double kTitleBandPt = 18;
constexpr double kGapPt = 10;
constexpr double kTimePanelsShare = 0.58;  // of the width, for the three time series
constexpr double kScanPathShare = 0.68;    // of the right column's height; the key below it

// Saccades peak at a few hundred deg/s and the largest at some 500-700
// (the main sequence: Bahill, Clark & Stark 1975); the velocity axis stops
// here so that a few artefacts at blink edges do not flatten the rest.
constexpr double kMaxShownVelocityDegPerS = 1000;

// Fixation circles of the scan path: area in proportion to duration, this
// radius at 300 ms (a typical fixation in scene viewing: Rayner 1998).
constexpr double kFixationRadiusPt = 3.5;
constexpr double kTypicalFixationS = 0.3;

// Event shading: light so that the gaze lines stay readable; the fixation
// and saccade hues are Okabe and Ito's sky blue and orange (palette.h).
const Rgb kFixationShade = Lighter(kGroupColors[4], 0.7);
const Rgb kSaccadeShade = Lighter(kGroupColors[3], 0.35);
constexpr Rgb kBlinkShade = {0.72, 0.72, 0.72};
// The gaze coordinates: bluish green and reddish purple, apart from the shades.
constexpr Rgb kGazeXColor = kGroupColors[2];
constexpr Rgb kGazeYColor = kGroupColors[5];
constexpr Rgb kTraceColor = {0.1, 0.1, 0.1};
constexpr Rgb kThresholdColor = kGroupColors[0];
constexpr Rgb kPathColor = {0.55, 0.55, 0.55};

std::vector<double> Doubles(const std::vector<float>& values) { return {values.begin(), values.end()}; }

// The points' times, in seconds from the recording's first sample.
std::vector<double> PointTimes(const SampleTrace& t) {
  std::vector<double> times;
  for (float s : t.time_s) times.push_back(t.start_s + s);
  return times;
}

void ShadeEvents(const Axes& axes, const SampleTrace& t) {
  for (const auto& [type, color] :
       {std::pair{EventType::kFixation, kFixationShade}, std::pair{EventType::kSaccade, kSaccadeShade},
        std::pair{EventType::kBlink, kBlinkShade}}) {
    std::vector<double> starts, ends;
    for (const SampleTrace::Interval& e : t.events) {
      if (e.type != type) continue;
      starts.push_back(t.start_s + e.start_s);
      ends.push_back(t.start_s + e.end_s);
    }
    Spans(axes, starts, ends, color);
  }
}

// The finite range of `values`, or [0, 1] when none is.
std::pair<double, double> Range(const std::vector<float>& values) {
  double low = INFINITY, high = -INFINITY;
  for (float v : values) {
    if (!std::isfinite(v)) continue;
    low = std::min(low, static_cast<double>(v));
    high = std::max(high, static_cast<double>(v));
  }
  if (!(low <= high)) return {0, 1};
  if (low == high) return {low - 0.5, high + 0.5};
  return {low, high};
}

AxesSpec TimeSpec(const SampleTrace& t, std::string title, Axis y, bool time_label) {
  AxesSpec spec;
  spec.title = std::move(title);
  const double end = t.start_s + t.window_s;
  spec.x = LinearAxis(time_label ? "Time from the recording's start (s)" : "", t.start_s, end);
  spec.x.fit_to_ticks = false;
  spec.y = std::move(y);
  spec.y.tick_count = 3;
  return spec;
}

void ScanPath(cairo_t* cr, Rect cell, const SampleTrace& t) {
  AxesSpec spec;
  spec.title = "Scan path";
  spec.box = true;
  spec.equal_scale = true;
  spec.x = LinearAxis("x (px)", 0, t.screen_width_px);
  spec.y = LinearAxis("y (px)", 0, t.screen_height_px);
  spec.x.fit_to_ticks = spec.y.fit_to_ticks = false;
  spec.y.reversed = true;
  // The fixations' colour is their time: a key beside the path, from the
  // stretch's start to its end, in seconds from the recording's start.
  const ColorBar time_key{"Time (s)", t.start_s, t.start_s + t.window_s, Viridis};
  Margins margins = MeasureMargins(cr, spec);
  margins.right = std::max(margins.right, ColorBarWidth(cr, time_key));
  Axes axes(cr, spec, cell, margins);
  std::vector<double> xs, ys, radii;
  std::vector<Rgb> fills;
  const double window = t.window_s;
  for (const SampleTrace::Interval& e : t.events) {
    if (e.type != EventType::kFixation) continue;
    xs.push_back(e.x_px);
    ys.push_back(e.y_px);
    radii.push_back(kFixationRadiusPt * std::sqrt(std::max(0.0f, e.end_s - e.start_s) / kTypicalFixationS));
    fills.push_back(Viridis(window > 0 ? 0.5 * (e.start_s + e.end_s) / window : 0));
  }
  Line(axes, xs, ys, kPathColor, 0.6);
  Circles(axes, xs, ys, radii, fills, 0.8);
  axes.DrawFrame();
  DrawColorBar(axes, time_key);
}

}  // namespace

std::unique_ptr<Canvas> DrawSampleFigure(const RecordingResult& r) {
  auto canvas = std::make_unique<Canvas>(kWidthPt, kHeightPt);
  const SampleTrace& t = *r.figure_data.sample;
  cairo_t* cr = canvas->cr();
  SetColor(cr, {0, 0, 0});
  const std::string group = r.group.empty() ? "" : fmt::format(" ({})", r.group);
  DrawText(cr,
           fmt::format("{} / {}{}{}", r.participant_id, r.recording, group,
                       t.events_truncated ? ": more events than shown" : ""),
           kTitleStyle, kGapPt, kTitleBandPt / 2, Align::kStart, Align::kCenter);

  const std::vector<double> times = PointTimes(t);
  const double series_width = kWidthPt * kTimePanelsShare;
  const Grid grid(series_width, kHeightPt - kTitleBandPt, 3, 1, kGapPt);
  const auto cell = [&](int row) {
    Rect c = grid.Cell(row, 0);
    c.y += kTitleBandPt;
    return c;
  };
  const double screen_max = std::max(t.screen_width_px, t.screen_height_px);
  const auto [pupil_low, pupil_high] = Range(t.pupil_mm);
  const double velocity_high = Range(t.velocity_deg_per_s).second;
  double velocity_top = std::min(kMaxShownVelocityDegPerS, velocity_high);
  if (std::isfinite(t.velocity_threshold_deg_per_s))
    velocity_top = std::max(velocity_top, 1.5 * t.velocity_threshold_deg_per_s);
  const AxesSpec specs[] = {
      TimeSpec(t, "Gaze", LinearAxis("Gaze (px)", 0, screen_max), false),
      TimeSpec(t, "Velocity", LinearAxis("Velocity (deg/s)", 0, velocity_top), false),
      TimeSpec(t, "Pupil", LinearAxis("Pupil (mm)", pupil_low, pupil_high), true),
  };
  const Margins margins = SharedMargins(cr, specs);

  Axes gaze(cr, specs[0], PanelLetter(cr, cell(0), 0), margins);
  ShadeEvents(gaze, t);
  Line(gaze, times, Doubles(t.x_px), kGazeXColor);
  Line(gaze, times, Doubles(t.y_px), kGazeYColor);
  gaze.DrawFrame();

  Axes velocity(cr, specs[1], PanelLetter(cr, cell(1), 1), margins);
  ShadeEvents(velocity, t);
  Line(velocity, times, Doubles(t.velocity_deg_per_s), kTraceColor, 0.6);
  // One key for all panels, below the scan path, so that none covers a trace.
  std::vector<LegendEntry> legend = {{"gaze x", kGazeXColor, LegendKey::kLine},
                                     {"gaze y", kGazeYColor, LegendKey::kLine},
                                     {"fixation", kFixationShade},
                                     {"saccade", kSaccadeShade},
                                     {"blink", kBlinkShade}};
  if (std::isfinite(t.velocity_threshold_deg_per_s)) {
    const double ends[] = {t.start_s, t.start_s + t.window_s};
    const double level[] = {t.velocity_threshold_deg_per_s, t.velocity_threshold_deg_per_s};
    Line(velocity, ends, level, kThresholdColor, 0.8);
    legend.push_back({fmt::format("I-VT threshold {:g} deg/s", t.velocity_threshold_deg_per_s),
                      kThresholdColor, LegendKey::kLine});
  }
  velocity.DrawFrame();

  Axes pupil(cr, specs[2], PanelLetter(cr, cell(2), 2), margins);
  ShadeEvents(pupil, t);
  Line(pupil, times, Doubles(t.pupil_mm), kTraceColor, 0.8);
  pupil.DrawFrame();

  const double right_x = series_width + kGapPt, right_width = kWidthPt - series_width - 2 * kGapPt;
  const double path_height = (kHeightPt - kTitleBandPt) * kScanPathShare;
  ScanPath(cr, PanelLetter(cr, {right_x, kTitleBandPt, right_width, path_height}, 3), t);
  Legend(cr, {right_x, kTitleBandPt + path_height, right_width, kHeightPt - kTitleBandPt - path_height},
         legend);
  return canvas;
}

std::string SampleFigureName(const RecordingResult& result) {
  return report::kSampleFigurePrefix + util::SafeFileName(result.participant_id + "_" + result.recording);
}

Status WriteSampleFigures(const std::filesystem::path& out, const std::vector<RecordingResult>& results) {
  // Names first, in order, so that numbering does not depend on drawing order.
  std::set<std::string> drawn;
  std::vector<std::pair<const RecordingResult*, std::string>> figures;
  for (const RecordingResult& r : results) {
    if (!r.figure_data.sample || r.figure_data.sample->time_s.empty()) continue;
    // Two recordings whose names differ only in characters a file name
    // cannot hold get one name: the later ones are numbered.
    figures.emplace_back(&r, util::UniqueFileName(SampleFigureName(r), "", &drawn));
  }
  // Each on its own canvas into its own files: side by side.
  std::vector<Status> written(figures.size());
  tbb::parallel_for(std::size_t{0}, figures.size(), [&](std::size_t i) {
    written[i] = WriteFigure(*DrawSampleFigure(*figures[i].first), out, figures[i].second);
  });
  for (const Status& s : written) {
    if (!s.ok()) return s;
  }
  for (const std::string& name : report::SampleFiguresIn(out)) {
    if (!drawn.contains(name)) RemoveFigure(out, name);
  }
  return Status::Ok();
}

}  // namespace tobii::plot
