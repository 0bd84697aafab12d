#include "run/study_analysis.h"

#include <string>
#include <system_error>

#include "analysis/aoi_comparisons.h"
#include "analysis/condition_comparisons.h"
#include "analysis/group_comparisons.h"
#include "plot/study_figures.h"
#include "report/comparison_csv.h"
#include "report/condition_csv.h"
#include "tobii/output_names.h"

namespace tobii::run {

Status WriteStudyAnalysis(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                          const FigureOptions& figures, const results::FigureDataShelf* shelf) {
  const std::vector<analysis::ComparisonRow> group_stats = analysis::GroupStats(results);
  const std::vector<analysis::ComparisonRow> behavior_summary = analysis::BehaviorSummary(results);
  if (Status s = report::WriteComparisonCsv(out / results::kGroupStatsTable, group_stats,
                                             report::ComparisonTable::kGroupStats); !s.ok()) return s;
  if (Status s = report::WriteComparisonCsv(out / results::kBehaviorSummaryTable, behavior_summary,
                                             report::ComparisonTable::kBehaviorSummary); !s.ok()) return s;
  const std::vector<analysis::PairedRow> condition_stats = analysis::ConditionStats(results);
  if (!condition_stats.empty()) {
    if (Status s = report::WriteConditionCsv(out / results::kConditionStatsTable, condition_stats, false); !s.ok())
      return s;
  }
  const std::vector<analysis::PairedRow> behavior_condition_stats = analysis::BehaviorConditionStats(results);
  if (!behavior_condition_stats.empty()) {
    if (Status s = report::WriteConditionCsv(out / results::kBehaviorConditionStatsTable, behavior_condition_stats,
                                             true);
        !s.ok())
      return s;
  }
  std::vector<analysis::ComparisonRow> aoi_summary;  // for the table and figure 4
  if (analysis::HasAoiResults(results)) {
    aoi_summary = analysis::AoiSummary(results);
    if (Status s = report::WriteComparisonCsv(out / results::kAoiSummaryTable, aoi_summary,
                                              report::ComparisonTable::kAoiSummary);
        !s.ok())
      return s;
  }
  try {
    return plot::WriteStudyFigures(out, results, group_stats, behavior_summary, aoi_summary, figures, shelf);
  } catch (const std::system_error& e) {  // the shelf could not be read back (results/figure_data_shelf.h)
    return Status::Error(std::string("figures: ") + e.what());
  }
}

}  // namespace tobii::run
