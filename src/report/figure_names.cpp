#include "report/figure_names.h"

namespace tobii::report {

std::set<std::string> SampleFiguresIn(const std::filesystem::path& out) {
  std::set<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(out / kFiguresFolder, ec)) {
    const std::string stem = entry.path().stem().string();
    if (stem.starts_with(kSampleFigurePrefix)) names.insert(stem);
  }
  return names;
}

}  // namespace tobii::report
