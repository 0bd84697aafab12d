#include "report/study_analysis.h"

#include "analysis/group_comparisons.h"
#include "report/comparison_csv.h"
#include "report/figure_behavior.h"
#include "report/figure_data_quality.h"
#include "report/figure_group_comparison.h"
#include "report/figure_sample.h"

namespace tobii::report {

Status WriteStudyAnalysis(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                          const FigureOptions& figures) {
  const std::vector<analysis::ComparisonRow> group_stats = analysis::GroupStats(results);
  const std::vector<analysis::ComparisonRow> behavior_summary = analysis::BehaviorSummary(results);
  if (Status s = WriteComparisonCsv(out / "group_stats.csv", group_stats, false); !s.ok()) return s;
  if (Status s = WriteComparisonCsv(out / "behavior_summary.csv", behavior_summary, true); !s.ok()) return s;
  if (Status s = WriteSampleFigures(out, results); !s.ok()) return s;
  if (results.empty()) {
    for (const char* name : {kFigure1Name, kFigure2Name, kFigure3Name}) RemoveFigure(out, name);
    return Status::Ok();
  }
  if (Status s = WriteGroupComparisonFigure(out, results, group_stats, figures); !s.ok()) return s;
  if (Status s = WriteDataQualityFigure(out, results, group_stats); !s.ok()) return s;
  return WriteBehaviorFigure(out, behavior_summary);
}

}  // namespace tobii::report
