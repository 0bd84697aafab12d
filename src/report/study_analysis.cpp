#include "report/study_analysis.h"

#include "analysis/group_comparisons.h"
#include "report/comparison_csv.h"

namespace tobii::report {

Status WriteStudyAnalysis(const std::filesystem::path& out, const std::vector<RecordingResult>& results) {
  if (Status s = WriteComparisonCsv(out / "group_stats.csv", analysis::GroupStats(results), false); !s.ok()) return s;
  return WriteComparisonCsv(out / "behavior_summary.csv", analysis::BehaviorSummary(results), true);
}

}  // namespace tobii::report
