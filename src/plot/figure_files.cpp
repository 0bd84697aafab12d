#include "plot/figure_files.h"

#include "report/figure_names.h"

namespace tobii::plot {

using report::kFiguresFolder;

Status WriteFigure(const figures::Canvas& canvas, const std::filesystem::path& out, const std::string& name) {
  std::error_code ec;
  std::filesystem::create_directories(out / kFiguresFolder, ec);
  if (ec) return Status::Error((out / kFiguresFolder).string() + ": cannot create: " + ec.message());
  for (const char* extension : {".png", ".svg", ".pdf"}) {
    if (Status s = canvas.Write(out / kFiguresFolder / (name + extension)); !s.ok()) return s;
  }
  return Status::Ok();
}

void RemoveFigure(const std::filesystem::path& out, const std::string& name) {
  std::error_code ignored;  // absent is the point
  for (const char* extension : {".png", ".svg", ".pdf"}) {
    std::filesystem::remove(out / kFiguresFolder / (name + extension), ignored);
  }
}

}  // namespace tobii::plot
