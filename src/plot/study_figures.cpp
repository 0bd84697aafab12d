#include "plot/study_figures.h"

#include <tbb/parallel_invoke.h>

#include "plot/figure_aois.h"
#include "plot/figure_behavior.h"
#include "plot/figure_data_quality.h"
#include "plot/figure_files.h"
#include "plot/figure_group_comparison.h"
#include "plot/figure_sample.h"
#include "report/figure_names.h"

namespace tobii::plot {

Status WriteStudyFigures(const std::filesystem::path& out, const std::vector<RecordingResult>& results,
                         const std::vector<analysis::ComparisonRow>& group_stats,
                         const std::vector<analysis::ComparisonRow>& behavior_summary,
                         const std::vector<analysis::ComparisonRow>& aoi_summary,
                         const FigureOptions& options, const results::FigureDataShelf* shelf) {
  if (results.empty()) {
    for (const char* name : {report::kFigure1Name, report::kFigure2Name, report::kFigure3Name, report::kFigure4Name}) {
      RemoveFigure(out, name);
    }
    return WriteSampleFigures(out, results);  // removes the old ones
  }
  // Each figure has its own canvas and files, and most of a figure's time
  // is PNG compression: they are drawn side by side (Cairo and Pango allow
  // a context per thread; Cairo's SVG ids are renumbered per figure, so the
  // bytes do not depend on the order).
  Status status[5];
  tbb::parallel_invoke(
      [&] { status[0] = WriteGroupComparisonFigure(out, results, group_stats, options, shelf); },
      [&] { status[1] = WriteDataQualityFigure(out, results, group_stats, shelf); },
      [&] { status[2] = WriteBehaviorFigure(out, behavior_summary); },
      [&] { status[3] = WriteAoiFigure(out, results, aoi_summary); },
      [&] { status[4] = WriteSampleFigures(out, results); });
  for (const Status& s : status) {
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace tobii::plot
