// OutputPaths (tobii/run.h): the names the writers use, joined to a run's
// output folder.

#include "report/figure_names.h"
#include "report/html_report.h"
#include "tobii/output_names.h"
#include "tobii/run.h"

namespace tobii::study {

RunOutputPaths OutputPaths(const std::filesystem::path& out) {
  return {.run_info = out / results::kRunRecord,
          .results = out / results::kResultsFileName,
          .figures = out / report::kFiguresFolder,
          .report = out / report::kReportFileName};
}

}  // namespace tobii::study
