#include "figures/png_encoder.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace tobii::figures {
namespace {

struct Reader {
  const std::string* bytes;
  std::size_t offset = 0;
  static cairo_status_t Read(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<Reader*>(closure);
    if (reader->offset + length > reader->bytes->size()) return CAIRO_STATUS_READ_ERROR;
    reader->bytes->copy(reinterpret_cast<char*>(data), length, reader->offset);
    reader->offset += length;
    return CAIRO_STATUS_SUCCESS;
  }
};

std::uint32_t Pixel(cairo_surface_t* image, int x, int y) {
  const unsigned char* row = cairo_image_surface_get_data(image) + y * cairo_image_surface_get_stride(image);
  return reinterpret_cast<const std::uint32_t*>(row)[x] & 0xFFFFFFu;
}

TEST(PngEncoder, EveryPixelDecodesAsItWasDrawn) {
  // Every red, green and blue value in some pixel, at a width whose rows
  // are padded (stride > 3 x width).
  constexpr int kWidth = 257, kHeight = 31;
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, kWidth, kHeight);
  cairo_surface_flush(image);
  unsigned char* data = cairo_image_surface_get_data(image);
  for (int y = 0; y < kHeight; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(data + y * cairo_image_surface_get_stride(image));
    for (int x = 0; x < kWidth; ++x) {
      const auto r = static_cast<std::uint32_t>(x % 256), g = static_cast<std::uint32_t>((x * 7 + y) % 256),
                 b = static_cast<std::uint32_t>((255 - x + y * 3) % 256);
      row[x] = r << 16 | g << 8 | b;
    }
  }
  cairo_surface_mark_dirty(image);
  std::string png;
  ASSERT_TRUE(EncodePng(image, &png).ok());
  EXPECT_EQ(png.substr(1, 3), "PNG");
  Reader reader{&png};
  cairo_surface_t* back = cairo_image_surface_create_from_png_stream(Reader::Read, &reader);
  ASSERT_EQ(cairo_surface_status(back), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_image_surface_get_width(back), kWidth);
  ASSERT_EQ(cairo_image_surface_get_height(back), kHeight);
  int differing = 0;
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) differing += Pixel(back, x, y) != Pixel(image, x, y);
  }
  EXPECT_EQ(differing, 0);
  cairo_surface_destroy(back);
  cairo_surface_destroy(image);
}

TEST(PngEncoder, OnlyAnRgbImageIsEncoded) {
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4);
  std::string png;
  const Status s = EncodePng(image, &png);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "PNG: expected an RGB24 image");
  EXPECT_TRUE(png.empty());
  cairo_surface_destroy(image);
}

}  // namespace
}  // namespace tobii::figures
