// The options that change only the figures (report/figures_common.h), the
// same on `run` and `figures`.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "analysis/metric_catalog.h"
#include "report/figures_common.h"

namespace tobii::app {

inline void AddFigureOptions(CLI::App* command, report::FigureOptions* options) {
  const char* group = "Figures (redrawn by `figures OUT` in seconds)";
  command->add_option("--heatmap-sigma-deg", options->heatmap_sigma_deg, "Gaussian smoothing of the gaze heat maps")
      ->check(CLI::Range(0.0, 20.0))
      ->group(group)
      ->capture_default_str();
  std::vector<std::string> metrics;
  for (const analysis::RecordingMetricDef& m : analysis::RecordingMetricCatalog()) metrics.push_back(m.name);
  command->add_option("--violin-metric", options->violin_metrics,
                      "a group_stats.csv metric for figure 1's violins (repeat for several)")
      ->check(CLI::IsMember(metrics))
      ->group(group)
      ->capture_default_str();
}

}  // namespace tobii::app
