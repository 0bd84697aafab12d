#include "figures/canvas.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <cctype>
#include <cmath>
#include <map>
#include <string_view>

#include "figures/png_encoder.h"
#include "tobii/atomic_file.h"

namespace tobii::figures {

namespace {

// Any fixed date will do: the same drawing must give the same bytes.
constexpr const char* kPinnedPdfDate = "2000-01-01T00:00:00Z";

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

Status CairoError(std::string_view what, cairo_status_t status) {
  return Status::Error(std::string(what) + ": " + cairo_status_to_string(status));
}

// Cairo names SVG elements `surfaceN` and `imageN` after a process-wide count
// of surfaces, so the ids depend on what was drawn before. Renumbers them
// 1, 2, ... in order of first appearance (as `id="..."` or `#...`).
std::string RenumberSvgIds(std::string_view svg) {
  std::string out;
  out.reserve(svg.size());
  std::map<std::string, int, std::less<>> numbers;
  std::size_t i = 0;
  while (i < svg.size()) {
    const bool at_id = svg[i] == '#' || (svg[i] == '"' && i >= 3 && svg.substr(i - 3, 4) == "id=\"");
    out.push_back(svg[i++]);
    if (!at_id) continue;
    for (std::string_view prefix : {"surface", "image"}) {
      if (svg.substr(i, prefix.size()) != prefix) continue;
      std::size_t end = i + prefix.size();
      while (end < svg.size() && std::isdigit(static_cast<unsigned char>(svg[end]))) ++end;
      if (end == i + prefix.size()) break;
      const auto [it, added] =
          numbers.try_emplace(std::string(svg.substr(i, end - i)), static_cast<int>(numbers.size()) + 1);
      out += prefix;
      out += std::to_string(it->second);
      i = end;
      break;
    }
  }
  return out;
}

}  // namespace

Canvas::Canvas(double width_pt, double height_pt) : width_pt_(width_pt), height_pt_(height_pt) {
  const cairo_rectangle_t extents = {0, 0, width_pt, height_pt};
  recording_ = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr_ = cairo_create(recording_);
  cairo_set_source_rgb(cr_, 1, 1, 1);
  cairo_paint(cr_);
  cairo_set_source_rgb(cr_, 0, 0, 0);
  RecordTextBoxes(cr_, &text_boxes_);
}

Canvas::~Canvas() {
  cairo_destroy(cr_);
  // Finished first: a PDF or SVG render may have kept a snapshot's
  // reference to it, and destroying alone would then keep every recorded
  // path (megabytes for a figure of many points) until the process ends.
  cairo_surface_finish(recording_);
  cairo_surface_destroy(recording_);
}

Status Canvas::Render(ImageFormat format, std::string* bytes, double dpi) const {
  bytes->clear();
  if (!(width_pt_ > 0 && height_pt_ > 0 && std::isfinite(width_pt_ * height_pt_))) {
    return Status::Error("figure: size must be positive");
  }
  if (cairo_status_t s = cairo_status(cr_); s != CAIRO_STATUS_SUCCESS)
    return CairoError("figure: drawing", s);
  cairo_surface_t* target = nullptr;
  double scale = 1.0;
  switch (format) {
    case ImageFormat::kPng: {
      if (!(dpi > 0 && dpi <= 2400)) return Status::Error("figure: dpi must be in (0, 2400]");
      scale = dpi / 72.0;
      target =
          cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(std::lround(width_pt_ * scale)),
                                     static_cast<int>(std::lround(height_pt_ * scale)));
      break;
    }
    case ImageFormat::kSvg:
      target = cairo_svg_surface_create_for_stream(AppendBytes, bytes, width_pt_, height_pt_);
      break;
    case ImageFormat::kPdf:
      target = cairo_pdf_surface_create_for_stream(AppendBytes, bytes, width_pt_, height_pt_);
      cairo_pdf_surface_set_metadata(target, CAIRO_PDF_METADATA_CREATE_DATE, kPinnedPdfDate);
      cairo_pdf_surface_set_metadata(target, CAIRO_PDF_METADATA_MOD_DATE, kPinnedPdfDate);
      break;
  }
  cairo_t* cr = cairo_create(target);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, recording_, 0, 0);
  cairo_paint(cr);
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  Status encoded;
  if (status == CAIRO_STATUS_SUCCESS && format == ImageFormat::kPng) {
    cairo_surface_flush(target);
    encoded = EncodePng(target, bytes);
  }
  cairo_surface_finish(target);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(target);
  cairo_surface_destroy(target);
  if (status != CAIRO_STATUS_SUCCESS) {
    bytes->clear();
    return CairoError("figure: rendering", status);
  }
  if (!encoded.ok()) {
    bytes->clear();
    return Status::Error("figure: " + encoded.message());
  }
  if (format == ImageFormat::kSvg) *bytes = RenumberSvgIds(*bytes);
  return Status::Ok();
}

Status Canvas::Write(const std::filesystem::path& path, double dpi) const {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  ImageFormat format;
  if (extension == ".png") {
    format = ImageFormat::kPng;
  } else if (extension == ".svg") {
    format = ImageFormat::kSvg;
  } else if (extension == ".pdf") {
    format = ImageFormat::kPdf;
  } else {
    return Status::Error(path.string() + ": expected a .png, .svg or .pdf name");
  }
  std::string bytes;
  if (Status s = Render(format, &bytes, dpi); !s.ok())
    return Status::Error(path.string() + ": " + s.message());
  return io::WriteFileAtomically(path, bytes);
}

}  // namespace tobii::figures
