#include "report/study_analysis.h"

#include <tbb/parallel_invoke.h>

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
  if (results.empty()) {
    for (const char* name : {kFigure1Name, kFigure2Name, kFigure3Name}) RemoveFigure(out, name);
    return WriteSampleFigures(out, results);  // removes the old ones
  }
  // Each figure has its own canvas and files, and most of a figure's time
  // is PNG compression: they are drawn side by side (Cairo and Pango allow
  // a context per thread; Cairo's SVG ids are renumbered per figure, so the
  // bytes do not depend on the order).
  Status status[4];
  tbb::parallel_invoke([&] { status[0] = WriteGroupComparisonFigure(out, results, group_stats, figures); },
                       [&] { status[1] = WriteDataQualityFigure(out, results, group_stats); },
                       [&] { status[2] = WriteBehaviorFigure(out, behavior_summary); },
                       [&] { status[3] = WriteSampleFigures(out, results); });
  for (const Status& s : status) {
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace tobii::report
