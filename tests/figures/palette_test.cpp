#include "figures/palette.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace tobii::figures {
namespace {

void ExpectColor(Rgb actual, Rgb expected, double tolerance = 1e-12) {
  EXPECT_NEAR(actual.r, expected.r, tolerance);
  EXPECT_NEAR(actual.g, expected.g, tolerance);
  EXPECT_NEAR(actual.b, expected.b, tolerance);
}

Rgb Hex(int r, int g, int b) { return {r / 255.0, g / 255.0, b / 255.0}; }

TEST(Viridis, EndsAreTheFirstAndLastTableEntries) {
  // matplotlib _viridis_data[0] and [255].
  ExpectColor(Viridis(0), {0.267004, 0.004874, 0.329415});
  ExpectColor(Viridis(1), {0.993248, 0.906157, 0.143936});
}

TEST(Viridis, MidpointInterpolatesEntries127And128) {
  // (_viridis_data[127] + _viridis_data[128]) / 2
  ExpectColor(Viridis(0.5),
              {(0.128729 + 0.127568) / 2, (0.563265 + 0.566949) / 2, (0.551229 + 0.550556) / 2});
  // matplotlib's viridis(0.5) picks entry 128 alone; we are within half a step of it.
  ExpectColor(Viridis(0.5), {0.127568, 0.566949, 0.550556}, 0.002);
}

TEST(Viridis, OutOfRangeIsClamped) {
  ExpectColor(Viridis(-3), Viridis(0));
  ExpectColor(Viridis(7), Viridis(1));
  ExpectColor(Viridis(std::numeric_limits<double>::quiet_NaN()), Viridis(0));
}

TEST(Viridis, TableIsSmooth) {
  // A mistyped digit in the table would show as a kink.
  for (int i = 1; i < 255; ++i) {
    const Rgb a = Viridis((i - 1) / 255.0), b = Viridis(i / 255.0), c = Viridis((i + 1) / 255.0);
    EXPECT_LT(std::abs(a.r - 2 * b.r + c.r), 0.002) << "entry " << i;
    EXPECT_LT(std::abs(a.g - 2 * b.g + c.g), 0.002) << "entry " << i;
    EXPECT_LT(std::abs(a.b - 2 * b.b + c.b), 0.002) << "entry " << i;
  }
}

TEST(BlueWhiteRed, EndsAndNeutralMiddle) {
  ExpectColor(BlueWhiteRed(0), Hex(0x05, 0x30, 0x61));
  ExpectColor(BlueWhiteRed(0.5), Hex(0xf7, 0xf7, 0xf7));
  ExpectColor(BlueWhiteRed(1), Hex(0x67, 0x00, 0x1f));
  ExpectColor(BlueWhiteRed(0.05), {(0x05 + 0x21) / 510.0, (0x30 + 0x66) / 510.0, (0x61 + 0xac) / 510.0});
}

TEST(Diverging, ZeroIsNeutralAndTheLimitsAreTheEnds) {
  ExpectColor(Diverging(0, 3), Hex(0xf7, 0xf7, 0xf7));
  ExpectColor(Diverging(-3, 3), BlueWhiteRed(0));
  ExpectColor(Diverging(3, 3), BlueWhiteRed(1));
  ExpectColor(Diverging(6, 3), BlueWhiteRed(1));      // clamped
  EXPECT_GT(Diverging(-1, 3).b, Diverging(-1, 3).r);  // negative is blue
}

TEST(GroupColor, OkabeItoVermillionThenBlueThenRepeats) {
  ExpectColor(GroupColor(0), Hex(0xD5, 0x5E, 0x00));
  ExpectColor(GroupColor(1), Hex(0x00, 0x72, 0xB2));
  ExpectColor(GroupColor(std::size(kGroupColors)), GroupColor(0));
}

TEST(Lighter, MixesWithWhite) {
  ExpectColor(Lighter(Hex(0, 0, 0), 0.25), {0.25, 0.25, 0.25});
  ExpectColor(Lighter(GroupColor(1), 1), {1, 1, 1});
}

}  // namespace
}  // namespace tobii::figures
