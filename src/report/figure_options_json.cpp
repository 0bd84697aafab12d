#include "report/figure_options_json.h"

namespace tobii::report {

nlohmann::json FigureOptionsJson(const FigureOptions& options) {
  return {{"heatmap_sigma_deg", options.heatmap_sigma_deg}, {"violin_metrics", options.violin_metrics}};
}

}  // namespace tobii::report
