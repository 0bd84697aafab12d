// FigureOptions: the settings that change only the study's figures, so
// that `figures OUT` redraws with them in seconds from the results file,
// without reading a recording. The same on `run` and `figures`.
#pragma once

#include <string>
#include <vector>

namespace tobii {

struct FigureOptions {
  // Gaussian smoothing of the gaze heat maps: about the fovea's 2 deg
  // across (sigma 1 deg; Le Meur & Baccino 2013).
  double heatmap_sigma_deg = 1.0;
  // The metrics of figure 1's violins (group_stats.csv names).
  std::vector<std::string> violin_metrics = {"fixation_duration_mean_ms", "saccade_rate_per_min", "pupil_mean_mm",
                                             "blink_rate_per_min"};
};

// The metrics figure 1 can draw as violins: every recording metric of
// group_stats.csv, in catalogue order.
std::vector<std::string> ViolinMetricChoices();

}  // namespace tobii
