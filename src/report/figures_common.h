// What the study's figures share: their options, file names, and how a
// figure is written in every format.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "figures/canvas.h"
#include "tobii/status.h"

namespace tobii::report {

// Settings that change only the figures, so `figures OUT` can redraw with
// them in seconds.
struct FigureOptions {
  // Gaussian smoothing of the gaze heat maps: about the fovea's 2 deg
  // across (sigma 1 deg; Le Meur & Baccino 2013).
  double heatmap_sigma_deg = 1.0;
  // The metrics of figure 1's violins (group_stats.csv names).
  std::vector<std::string> violin_metrics = {"fixation_duration_mean_ms", "saccade_rate_per_min", "pupil_mean_mm",
                                             "blink_rate_per_min"};
};

// The options as run.json and the report's settings give them.
nlohmann::json FigureOptionsJson(const FigureOptions& options);

// The figures' sub-folder of a run's output folder.
inline constexpr const char* kFiguresFolder = "figures";

// Writes OUT/figures/NAME.png, .svg and .pdf, each whole or not at all.
Status WriteFigure(const figures::Canvas& canvas, const std::filesystem::path& out, const std::string& name);

// Removes OUT/figures/NAME.* where a figure is not drawn this time.
void RemoveFigure(const std::filesystem::path& out, const std::string& name);

// A metric's axis label from its column name: "fixation_duration_mean_ms"
// -> "Fixation duration mean (ms)".
std::string MetricLabel(const std::string& metric);

}  // namespace tobii::report
