// Figure 3, behaviour: grouped bars (behaviour x group) with 95 % CIs of
// the behaviour metrics, from behavior_summary.csv's rows (participants as
// the unit).
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "analysis/group_comparisons.h"
#include "figures/canvas.h"
#include "tobii/status.h"

namespace tobii::plot {

// The figure drawn (what the layout tests look at); none when no
// behaviour was annotated.
std::unique_ptr<figures::Canvas> DrawBehaviorFigure(const std::vector<analysis::ComparisonRow>& summary);

// OUT/figures/figure3_behavior.* (report::kFigure3Name). Writes nothing
// (and succeeds) when no behaviour was annotated.
Status WriteBehaviorFigure(const std::filesystem::path& out, const std::vector<analysis::ComparisonRow>& summary);

}  // namespace tobii::plot
