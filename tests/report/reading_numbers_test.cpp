#include "report/reading_numbers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

namespace tobii::report {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(ReadingNumbers, ThreeSignificantDigitsWhateverTheSize) {
  EXPECT_EQ(Significant(283.934), "284");
  EXPECT_EQ(Significant(94.0156), "94.0");
  EXPECT_EQ(Significant(0.0194512), "0.0195");
  EXPECT_EQ(Significant(12345.6), "12346");  // integer digits are never dropped
  EXPECT_EQ(Significant(-1.63038), "\u22121.63");
  EXPECT_EQ(Significant(0), "0");
  EXPECT_EQ(Significant(kNaN), "");
}

TEST(ReadingNumbers, RoundingThatCarriesKeepsThreeDigits) {
  EXPECT_EQ(Significant(0.09996), "0.100");
  EXPECT_EQ(Significant(9.9996), "10.0");
}

TEST(ReadingNumbers, TinyAndHugeValuesGetAPowerOfTen) {
  // The raw dump's 9.55486e-05 (issue 14).
  EXPECT_EQ(Significant(9.55486e-05), "9.55 \u00d7 10\u207b\u2075");
  EXPECT_EQ(Significant(2.5e7), "2.50 \u00d7 10\u2077");
  EXPECT_EQ(Significant(-3e-9), "\u22123.00 \u00d7 10\u207b\u2079");
}

TEST(ReadingNumbers, MeanTakesTheDecimalsOfItsSd) {
  EXPECT_EQ(MeanSd(94.0156, 0.272531), "94.02 (0.27)");
  EXPECT_EQ(MeanSd(283.934, 8.08657), "283.9 (8.1)");
  EXPECT_EQ(MeanSd(1234.6, 150.2), "1235 (150)");
  EXPECT_EQ(MeanSd(0.0194512, 6.9e-5), "0.019451 (0.000069)");
  EXPECT_EQ(MeanSd(4.2, kNaN), "4.20");  // one participant: no SD
  EXPECT_EQ(MeanSd(5, 0), "5.00 (0.00)");
  EXPECT_EQ(MeanSd(kNaN, 1), "");
}

TEST(ReadingNumbers, GroupsOfARowShareTheMostDecimals) {
  const int decimals = std::max(MeanSdDecimals(94.0156, 0.272531), MeanSdDecimals(95.4184, 1.18588));
  EXPECT_EQ(decimals, 2);
  EXPECT_EQ(MeanSd(95.4184, 1.18588, decimals), "95.42 (1.19)");
  EXPECT_EQ(MeanSd(4.2, kNaN, 2), "4.20");
  EXPECT_EQ(MeanSdDecimals(5, 0), 2);
  // Past kMaxDecimals each number keeps its own significant digits.
  EXPECT_EQ(MeanSd(0.0198, 1.8e-6, 8), "0.0198 (1.8 \u00d7 10\u207b\u2076)");
}

TEST(ReadingNumbers, StatisticsThatAreWholeStayWhole) {
  EXPECT_EQ(Statistic(4), "4");
  EXPECT_EQ(Statistic(0), "0");
  EXPECT_EQ(Statistic(12.5), "12.5");
  EXPECT_EQ(Statistic(-1.63038), "\u22121.63");
  EXPECT_EQ(Statistic(kNaN), "");
}

TEST(ReadingNumbers, DegreesOfFreedomWholeOrToTwoDigits) {
  EXPECT_EQ(DegreesOfFreedom(2), "2");        // a paired t's pairs minus one
  EXPECT_EQ(DegreesOfFreedom(17.24), "17");   // Welch's
  EXPECT_EQ(DegreesOfFreedom(3.456), "3.5");
  EXPECT_EQ(DegreesOfFreedom(kNaN), "");
}

TEST(ReadingNumbers, EstimateAndIntervalShareTheirDecimals) {
  EXPECT_EQ(EstimateInterval(-0.919842, -2.98085, 1.14116), "\u22120.92 [\u22122.98, 1.14]");
  EXPECT_EQ(EstimateInterval(0.5123, 0.1, 0.9), "0.512 [0.100, 0.900]");
  EXPECT_EQ(EstimateInterval(1.5, kNaN, kNaN), "1.50");
  EXPECT_EQ(EstimateInterval(kNaN, 0, 1), "");
}

TEST(ReadingNumbers, PValuesAsJournalsPrintThem) {
  EXPECT_EQ(PValue(0.0004), "< 0.001");
  EXPECT_EQ(PValue(0.001), "0.001");
  EXPECT_EQ(PValue(0.0336), "0.034");
  EXPECT_EQ(PValue(0.333333), "0.333");
  EXPECT_EQ(PValue(1), "1.000");
  EXPECT_EQ(PValue(kNaN), "");
}

TEST(ReadingNumbers, NegativeZeroPrintsAsZero) {
  EXPECT_EQ(Fixed(-0.0001, 2), "0.00");
  EXPECT_EQ(Fixed(-0.4, 0), "0");
  EXPECT_EQ(Fixed(-0.6, 0), "\u22121");
}

}  // namespace
}  // namespace tobii::report
