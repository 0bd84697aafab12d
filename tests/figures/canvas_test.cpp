#include "figures/canvas.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "figures/axes.h"
#include "figures/heat_map.h"
#include "figures/legend.h"
#include "figures/marks.h"
#include "figures/text.h"
#include "support/temp_dir.h"

namespace tobii::figures {
namespace {

namespace fs = std::filesystem;
using tobii::testing::TempDir;

// A small figure with text, a rotated label, lines, points and a raster
// image (whose SVG id Cairo takes from a process-wide counter).
void DrawSample(Canvas& canvas) {
  AxesSpec spec;
  spec.title = "Sample";
  spec.x = LinearAxis("Time (s)", 0, 10);
  spec.y = LinearAxis("Pupil (mm)", 2.5, 4.2);
  Axes axes(canvas.cr(), spec, {0, 0, canvas.width_pt(), canvas.height_pt()});
  Raster raster{
      .rows = 2, .columns = 3, .values = {1, 2, 3, 4, 5, 6}, .x_min = 1, .x_max = 4, .y_min = 3, .y_max = 4};
  HeatMap(axes, raster, Viridis, 1, 6);
  const std::vector<double> xs = {0, 2, 4, 6, 8, 10};
  const std::vector<double> ys = {3, 3.5, 3.2, NAN, 3.9, 3.1};
  Line(axes, xs, ys, GroupColor(0));
  Points(axes, xs, ys, GroupColor(1));
  const std::vector<LegendEntry> legend = {{"Pupil", GroupColor(0), LegendKey::kLine}};
  Legend(axes, legend);
  axes.DrawFrame();
}

std::string RenderSample(ImageFormat format, double dpi = 150) {
  Canvas canvas(200, 120);
  DrawSample(canvas);
  std::string bytes;
  const Status s = canvas.Render(format, &bytes, dpi);
  EXPECT_TRUE(s.ok()) << s.message();
  return bytes;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> FileNames(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) names.push_back(entry.path().filename());
  return names;
}

class SameBytesTwice : public ::testing::TestWithParam<ImageFormat> {};

TEST_P(SameBytesTwice, ForTheSameDrawing) {
  const std::string first = RenderSample(GetParam());
  {
    // Unrelated surfaces in between move Cairo's surface counter on.
    Canvas other(50, 50);
    DrawSample(other);
    std::string ignored;
    ASSERT_TRUE(other.Render(ImageFormat::kSvg, &ignored).ok());
  }
  const std::string second = RenderSample(GetParam());
  ASSERT_GT(first.size(), 100u);
  EXPECT_TRUE(first == second) << "sizes " << first.size() << " and " << second.size();
}

std::string FormatName(const ::testing::TestParamInfo<ImageFormat>& info) {
  switch (info.param) {
    case ImageFormat::kPng:
      return "Png";
    case ImageFormat::kSvg:
      return "Svg";
    case ImageFormat::kPdf:
      return "Pdf";
  }
  return "Unknown";
}

INSTANTIATE_TEST_SUITE_P(Canvas, SameBytesTwice,
                         ::testing::Values(ImageFormat::kPng, ImageFormat::kSvg, ImageFormat::kPdf),
                         FormatName);

TEST(Canvas, SvgIdsAreRenumberedFromOne) {
  // Cairo numbers these after every surface the process ever made.
  const std::string svg = RenderSample(ImageFormat::kSvg);
  const std::regex id("id=\"(surface|image)([0-9]+)\"");
  std::vector<int> numbers;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), id); it != std::sregex_iterator(); ++it) {
    numbers.push_back(std::stoi((*it)[2]));
  }
  ASSERT_GE(numbers.size(), 2u);  // the heat map's image and a surface at least
  for (std::size_t i = 0; i < numbers.size(); ++i) EXPECT_EQ(numbers[i], static_cast<int>(i) + 1);
  EXPECT_NE(svg.find("xlink:href=\"#image1\""), std::string::npos);
}

TEST(Canvas, PdfDatesArePinned) {
  const std::string pdf = RenderSample(ImageFormat::kPdf);
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
  EXPECT_NE(pdf.find("/CreationDate (20000101000000Z)"), std::string::npos);
}

struct PngReader {
  const std::string* bytes;
  std::size_t offset = 0;
  static cairo_status_t Read(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<PngReader*>(closure);
    if (reader->offset + length > reader->bytes->size()) return CAIRO_STATUS_READ_ERROR;
    reader->bytes->copy(reinterpret_cast<char*>(data), length, reader->offset);
    reader->offset += length;
    return CAIRO_STATUS_SUCCESS;
  }
};

TEST(Canvas, PngDecodesWithPixelsFromPointsAndDpi) {
  Canvas canvas(144, 72);  // 2 × 1 inch
  cairo_set_source_rgb(canvas.cr(), 1, 0, 0);
  cairo_rectangle(canvas.cr(), 72, 0, 72, 36);  // the top right quarter, red
  cairo_fill(canvas.cr());
  for (const auto& [dpi, width, height] : {std::tuple{300.0, 600, 300}, {72.0, 144, 72}, {96.0, 192, 96}}) {
    std::string png;
    ASSERT_TRUE(canvas.Render(ImageFormat::kPng, &png, dpi).ok());
    PngReader reader{&png};
    cairo_surface_t* image = cairo_image_surface_create_from_png_stream(PngReader::Read, &reader);
    ASSERT_EQ(cairo_surface_status(image), CAIRO_STATUS_SUCCESS) << dpi;
    EXPECT_EQ(cairo_image_surface_get_width(image), width);
    EXPECT_EQ(cairo_image_surface_get_height(image), height);
    const auto pixel = [&](int x, int y) {
      const unsigned char* data = cairo_image_surface_get_data(image);
      return *reinterpret_cast<const std::uint32_t*>(data + y * cairo_image_surface_get_stride(image) +
                                                     4 * x) &
             0xFFFFFFu;
    };
    EXPECT_EQ(pixel(width * 3 / 4, height / 4), 0xFF0000u) << dpi;  // red
    EXPECT_EQ(pixel(width / 4, height * 3 / 4), 0xFFFFFFu) << dpi;  // white ground
    cairo_surface_destroy(image);
  }
}

TEST(Canvas, WriteLeavesTheFinishedFileAndNoPartial) {
  TempDir dir;
  Canvas canvas(200, 120);
  DrawSample(canvas);
  for (const std::string name : {"figure.png", "figure.svg", "figure.PDF"}) {
    const Status s = canvas.Write(dir.path() / "sub" / name, 150);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::string png;
  ASSERT_TRUE(canvas.Render(ImageFormat::kPng, &png, 150).ok());
  EXPECT_TRUE(ReadFile(dir.path() / "sub" / "figure.png") == png);
  for (const std::string& name : FileNames(dir.path()))
    EXPECT_EQ(name.find(".partial"), std::string::npos) << name;
  EXPECT_EQ(FileNames(dir.path()).size(), 4u);  // sub/ and three figures
}

TEST(Canvas, FailedWriteLeavesNothing) {
  TempDir dir;
  Canvas canvas(200, 120);
  DrawSample(canvas);
  tobii::testing::WriteText(dir.path() / "not-a-folder", "x");
  EXPECT_FALSE(canvas.Write(dir.path() / "not-a-folder" / "figure.png").ok());
  EXPECT_FALSE(canvas.Write(dir.path() / "figure.gif").ok());
  cairo_restore(canvas.cr());  // no matching save: the canvas is now in an error state
  const Status broken = canvas.Write(dir.path() / "figure.pdf");
  EXPECT_FALSE(broken.ok());
  EXPECT_NE(broken.message().find("figure.pdf"), std::string::npos) << broken.message();
  EXPECT_EQ(FileNames(dir.path()), std::vector<std::string>{"not-a-folder"});
}

TEST(Canvas, ZeroSizeIsAnError) {
  Canvas canvas(0, 100);
  std::string bytes;
  EXPECT_FALSE(canvas.Render(ImageFormat::kSvg, &bytes).ok());
  EXPECT_TRUE(bytes.empty());
}

TEST(Text, IsMeasuredInDejaVuSans) {
  Canvas canvas(100, 100);
  // DejaVu Sans digits advance 1303/2048 em: 5.09 pt at 8 pt (Liberation
  // Sans, a likely fallback, would give 4.45).
  const TextExtent digit = MeasureText(canvas.cr(), "0", {8.0});
  EXPECT_NEAR(digit.width_pt, 8.0 * 1303 / 2048, 0.01);
  EXPECT_NEAR(MeasureText(canvas.cr(), "0000", {8.0}).width_pt, 4 * digit.width_pt, 0.01);
  EXPECT_NEAR(MeasureText(canvas.cr(), "0", {16.0}).width_pt, 2 * digit.width_pt, 0.01);
  EXPECT_GT(digit.height_pt, 8.0);  // a line: ascent + descent
}

TEST(Axes, MarginsGrowWithTheLabels) {
  Canvas canvas(300, 200);
  AxesSpec plain;
  plain.y = LinearAxis("", 0, 1);
  AxesSpec labelled = plain;
  labelled.y.label = "Fixation duration (ms)";
  labelled.x.label = "Group";
  labelled.title = "Title";
  AxesSpec wide = plain;
  wide.y.max = 250000;
  const Margins a = MeasureMargins(canvas.cr(), plain);
  const Margins b = MeasureMargins(canvas.cr(), labelled);
  const Margins c = MeasureMargins(canvas.cr(), wide);
  EXPECT_GT(b.left, a.left + 9);  // the rotated label's line height
  EXPECT_GT(b.bottom, a.bottom + 9);
  EXPECT_GT(b.top, a.top);
  // Ticks at 100000, 200000, 300000 against 0.2, ..., 1.0.
  EXPECT_NEAR(c.left - a.left,
              MeasureText(canvas.cr(), "100000", kTickLabelStyle).width_pt -
                  MeasureText(canvas.cr(), "0.0", kTickLabelStyle).width_pt,
              1e-9);
}

TEST(Axes, MapsDataToThePlotArea) {
  Canvas canvas(300, 200);
  AxesSpec spec;
  spec.x = LinearAxis("", 0, 10);
  spec.y = LinearAxis("", 0, 1080);
  spec.y.fit_to_ticks = false;
  spec.y.reversed = true;
  Axes axes(canvas.cr(), spec, {0, 0, 300, 200});
  const Rect& p = axes.plot();
  EXPECT_DOUBLE_EQ(axes.X(0), p.x);
  EXPECT_DOUBLE_EQ(axes.X(10), p.right());
  EXPECT_DOUBLE_EQ(axes.Y(0), p.y);  // reversed: 0 at the top
  EXPECT_DOUBLE_EQ(axes.Y(1080), p.bottom());
  const AxisScale y = ResolveAxis(spec.y);
  EXPECT_EQ(y.min, 0);
  EXPECT_EQ(y.max, 1080);  // not widened to 1200
  EXPECT_EQ(y.labels.back(), "1000");
}

}  // namespace
}  // namespace tobii::figures
