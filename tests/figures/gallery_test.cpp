// One sample panel of every mark on one canvas, the way the study figures
// will be built. Set TOBII_FIGURES_OUT=/some/folder to keep gallery.png,
// .svg and .pdf for a look; otherwise they go to a temporary folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>
#include <random>
#include <vector>

#include "figures/axes.h"
#include "figures/canvas.h"
#include "figures/heat_map.h"
#include "figures/kde.h"
#include "figures/layout.h"
#include "figures/legend.h"
#include "figures/marks.h"
#include "figures/violin.h"
#include "stats/descriptive.h"
#include "support/temp_dir.h"

namespace tobii::figures {
namespace {

// Normal deviates by Box–Muller from mt19937, whose output the standard
// fixes (std::normal_distribution's is not).
class Noise {
 public:
  double Normal() {
    const double u1 = (static_cast<double>(engine_()) + 1) / 4294967297.0;
    const double u2 = static_cast<double>(engine_()) / 4294967296.0;
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
  }

 private:
  std::mt19937 engine_{20240601};
};

void MainSequence(cairo_t* cr, Rect cell, Noise& noise) {
  AxesSpec spec;
  spec.title = "Main sequence";
  spec.x = LinearAxis("Amplitude (deg)", 0, 15);
  spec.y = LinearAxis("Peak velocity (deg/s)", 0, 600);
  Axes axes(cr, spec, cell);
  for (int group = 0; group < 2; ++group) {
    std::vector<double> amplitude, velocity;
    for (int i = 0; i < 120; ++i) {
      amplitude.push_back(0.5 + 14 * (i + 0.5) / 120.0);
      velocity.push_back((520 - 60 * group) * (1 - std::exp(-amplitude.back() / 4.5)) + 25 * noise.Normal());
    }
    Points(axes, amplitude, velocity, GroupColor(group), 1.3, 0.7);
  }
  const std::vector<LegendEntry> legend = {{"Patient", GroupColor(0), LegendKey::kPoint},
                                           {"Control", GroupColor(1), LegendKey::kPoint}};
  Legend(axes, legend, Corner::kTopLeft);
  axes.DrawFrame();
}

void TimeSeries(cairo_t* cr, Rect cell, Noise& noise) {
  AxesSpec spec;
  spec.title = "Pupil, blinks shaded";
  spec.x = LinearAxis("Time (s)", 0, 60);
  spec.y = LinearAxis("Pupil diameter (mm)", 2.8, 5.0);  // headroom for the legend
  Axes axes(cr, spec, cell);
  const std::vector<double> blink_starts = {4.2, 19.3, 33.5, 48.7}, blink_ends = {4.6, 19.9, 33.8, 49.6};
  Spans(axes, blink_starts, blink_ends, {0.85, 0.85, 0.85});
  for (int eye = 0; eye < 2; ++eye) {
    std::vector<double> t, pupil;
    double level = 3.6 - 0.3 * eye;
    for (int i = 0; i <= 1200; ++i) {
      t.push_back(i * 0.05);
      level += 0.02 * noise.Normal() + 0.002 * (3.6 - 0.3 * eye - level);
      bool blink = false;
      for (std::size_t b = 0; b < blink_starts.size(); ++b)
        blink |= t.back() >= blink_starts[b] && t.back() <= blink_ends[b];
      pupil.push_back(blink ? NAN : level);
    }
    Line(axes, t, pupil, GroupColor(eye), 0.6);
  }
  const std::vector<LegendEntry> legend = {{"Left eye", GroupColor(0), LegendKey::kLine},
                                           {"Right eye", GroupColor(1), LegendKey::kLine},
                                           {"Blink", {0.85, 0.85, 0.85}, LegendKey::kSwatch}};
  Legend(axes, legend);
  axes.DrawFrame();
}

void GroupedBars(cairo_t* cr, Rect cell) {
  AxesSpec spec;
  spec.title = "Mean \u00b1 95 % CI";
  spec.x = CategoryAxis("", {"Face", "Eyes", "Mouth"});
  spec.y = LinearAxis("Dwell time (% of trial)", 0, 40);
  spec.y.grid = true;
  Axes axes(cr, spec, cell);
  axes.DrawGrid();
  const std::vector<std::vector<double>> means = {{28, 12, 9}, {36, 22, 8}},
                                         half_ci = {{3, 2.4, 1.8}, {2.8, 2.9, 1.5}};
  for (int group = 0; group < 2; ++group) {
    std::vector<double> xs, lows, highs;
    for (int i = 0; i < 3; ++i) {
      xs.push_back(i + (group - 0.5) * 0.38);
      lows.push_back(means[group][i] - half_ci[group][i]);
      highs.push_back(means[group][i] + half_ci[group][i]);
    }
    Bars(axes, xs, means[group], 0.36, GroupColor(group));
    ErrorBars(axes, xs, lows, highs, 4);
  }
  const std::vector<LegendEntry> legend = {{"Patient", GroupColor(0)}, {"Control", GroupColor(1)}};
  Legend(axes, legend);
  axes.DrawFrame();
}

void Violins(cairo_t* cr, Rect cell, Noise& noise) {
  std::vector<std::vector<double>> values(2);
  std::vector<Density> densities;
  double low = INFINITY, high = -INFINITY;  // the densities' extent sets the axis
  for (int group = 0; group < 2; ++group) {
    for (int i = 0; i < 30; ++i) values[group].push_back(280 - 25 * group + 45 * noise.Normal());
    densities.push_back(GaussianKde(values[group]));
    low = std::min(low, densities.back().x.front());
    high = std::max(high, densities.back().x.back());
  }
  AxesSpec spec;
  spec.title = "Fixation duration";
  spec.x = CategoryAxis("", {"Patient", "Control"});
  spec.y = LinearAxis("Duration (ms)", low, high);
  spec.y.fit_to_ticks = false;  // the axis ends where the violins do
  Axes axes(cr, spec, cell);
  for (int group = 0; group < 2; ++group) {
    const stats::Descriptive d = stats::Describe(values[group]);
    Violin(axes, group, densities[group], {d.median, d.q1, d.q3}, values[group], GroupColor(group));
  }
  axes.DrawFrame();
}

Raster GazeDensity(double spread_px, double weight_right) {
  Raster r{.rows = 54, .columns = 96, .values = {}, .x_min = 0, .x_max = 1920, .y_min = 0, .y_max = 1080};
  for (std::size_t row = 0; row < r.rows; ++row) {
    for (std::size_t column = 0; column < r.columns; ++column) {
      const double x = (column + 0.5) * 20, y = (row + 0.5) * 20;
      const auto blob = [&](double cx, double cy) {
        return std::exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * spread_px * spread_px));
      };
      r.values.push_back(3.5 * (blob(800, 420) + weight_right * blob(1120, 420) + 0.6 * blob(960, 700)));
    }
  }
  return r;
}

void HeatMapPanel(cairo_t* cr, Rect cell, const std::string& title, const Raster& raster, const ColorBar& bar,
                  ColorMap map) {
  AxesSpec spec;
  spec.title = title;
  spec.box = true;
  spec.equal_scale = true;
  spec.x = LinearAxis("x (px)", 0, 1920);
  spec.y = LinearAxis("y (px)", 0, 1080);
  spec.x.fit_to_ticks = spec.y.fit_to_ticks = false;
  spec.y.reversed = true;
  Margins margins = MeasureMargins(cr, spec);
  margins.right = std::max(margins.right, ColorBarWidth(cr, bar));
  Axes axes(cr, spec, cell, margins);
  HeatMap(axes, raster, map, bar.min, bar.max);
  axes.DrawFrame();
  DrawColorBar(axes, bar);
}

Rgb DivergingMap(double t) { return BlueWhiteRed(t); }

TEST(Gallery, EveryMarkOnOneCanvas) {
  tobii::testing::TempDir temp;
  const char* out = std::getenv("TOBII_FIGURES_OUT");
  const std::filesystem::path folder = out != nullptr ? std::filesystem::path(out) : temp.path();

  Canvas canvas(520, 340);
  const Grid grid(canvas.width_pt(), canvas.height_pt(), 2, 3, 14);
  Noise noise;
  cairo_t* cr = canvas.cr();
  MainSequence(cr, grid.Cell(0, 0), noise);
  TimeSeries(cr, grid.Cell(0, 1), noise);
  GroupedBars(cr, grid.Cell(0, 2));
  Violins(cr, grid.Cell(1, 0), noise);
  const Raster patient = GazeDensity(110, 0.9), control = GazeDensity(70, 1.0);
  HeatMapPanel(cr, grid.Cell(1, 1), "Control group", control, {"Dwell (\u2030)", 0, 3.5, Viridis}, Viridis);
  Raster difference = patient;
  for (std::size_t i = 0; i < difference.values.size(); ++i) difference.values[i] -= control.values[i];
  HeatMapPanel(cr, grid.Cell(1, 2), "Patient \u2212 control", difference,
               {"\u0394 dwell (\u2030)", -3, 3, DivergingMap}, DivergingMap);

  for (const char* name : {"gallery.png", "gallery.svg", "gallery.pdf"}) {
    const Status s = canvas.Write(folder / name, 200);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_GT(std::filesystem::file_size(folder / name), 10000u) << name;
  }
  if (out != nullptr) std::printf("gallery written to %s\n", out);
}

}  // namespace
}  // namespace tobii::figures
