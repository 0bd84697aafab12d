// The options that change only the figures (tobii/figure_options.h), the
// same on `run` and `figures`.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "tobii/figure_options.h"

namespace tobii::app {

inline void AddFigureOptions(CLI::App* command, FigureOptions* options) {
  const char* group = "Figures (redrawn by `figures OUT` in seconds)";
  command->add_option("--heatmap-sigma-deg", options->heatmap_sigma_deg, "Gaussian smoothing of the gaze heat maps")
      ->check(CLI::Range(0.0, 20.0))
      ->group(group)
      ->capture_default_str();
  command->add_option("--violin-metric", options->violin_metrics,
                      "a group_stats.csv metric for figure 1's violins (repeat for several)")
      ->check(CLI::IsMember(ViolinMetricChoices()))
      ->group(group)
      ->capture_default_str();
}

}  // namespace tobii::app
