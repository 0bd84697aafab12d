#include "report/reading_numbers.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

namespace tobii::report {

namespace {

constexpr std::string_view kMinus = "\u2212";

// Numbers this large print with a power of ten: 1.23 × 10⁶.
constexpr double kLargestPlain = 1e6;

std::string Superscript(int exponent) {
  static constexpr std::string_view kDigits[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                                 "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out = exponent < 0 ? "\u207b" : "";
  for (char c : std::to_string(std::abs(exponent))) out += kDigits[c - '0'];
  return out;
}

// A leading '-' as the minus sign; a negative zero ("-0.00") as zero.
std::string WithMinus(std::string text) {
  if (!text.starts_with('-')) return text;
  if (text.find_first_not_of("-0.") == std::string::npos) return text.substr(1);
  return std::string(kMinus) + text.substr(1);
}

std::string Scientific(double value, int digits) {
  const std::string text = fmt::format("{:.{}e}", value, digits - 1);  // "2.50e-05"
  const std::size_t e = text.find('e');
  return WithMinus(text.substr(0, e)) + " \u00d7 10" + Superscript(std::stoi(text.substr(e + 1)));
}

// Whole numbers as they are, others to `digits` significant digits.
std::string WholeOrSignificant(double value, int digits) {
  if (std::isfinite(value) && value == std::round(value) && std::abs(value) < kLargestPlain) {
    return Fixed(value, 0);
  }
  return Significant(value, digits);
}

}  // namespace

int DecimalsFor(double value, int digits) {
  if (!std::isfinite(value) || value == 0) return 0;
  const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
  return std::max(0, digits - 1 - magnitude);
}

std::string Fixed(double value, int decimals) {
  if (!std::isfinite(value)) return "";
  return WithMinus(fmt::format("{:.{}f}", value, decimals));
}

std::string Significant(double value, int digits) {
  if (!std::isfinite(value)) return "";
  const double size = std::abs(value);
  if (size != 0 && (size >= kLargestPlain || DecimalsFor(value, digits) > kMaxDecimals)) {
    return Scientific(value, digits);
  }
  // Rounding can carry into another digit (0.09996 to 0.1000): the
  // rounded value's decimals then.
  const int decimals = DecimalsFor(value, digits);
  const double rounded = std::stod(fmt::format("{:.{}f}", value, decimals));
  return Fixed(value, std::min(decimals, DecimalsFor(rounded, digits)));
}

int MeanSdDecimals(double mean, double sd) {
  if (!std::isfinite(sd) || sd == 0) return DecimalsFor(mean, kReadingDigits);
  return DecimalsFor(sd, kSpreadDigits);
}

std::string MeanSd(double mean, double sd, int decimals) {
  if (!std::isfinite(mean)) return "";
  if (decimals > kMaxDecimals) {
    return std::isfinite(sd) ? fmt::format("{} ({})", Significant(mean), Significant(sd, kSpreadDigits))
                             : Significant(mean);
  }
  if (!std::isfinite(sd)) return Fixed(mean, decimals);
  return fmt::format("{} ({})", Fixed(mean, decimals), Fixed(sd, decimals));
}

std::string MeanSd(double mean, double sd) {
  if (!std::isfinite(sd)) return Significant(mean);
  return MeanSd(mean, sd, MeanSdDecimals(mean, sd));
}

std::string Statistic(double value) { return WholeOrSignificant(value, kReadingDigits); }

std::string DegreesOfFreedom(double df) { return WholeOrSignificant(df, kSpreadDigits); }

std::string EstimateInterval(double estimate, double low, double high) {
  if (!std::isfinite(estimate)) return "";
  if (!std::isfinite(low) || !std::isfinite(high)) return Significant(estimate);
  const int decimals = high > low ? DecimalsFor(high - low, kReadingDigits) : DecimalsFor(estimate, kReadingDigits);
  if (decimals > kMaxDecimals) {
    return fmt::format("{} [{}, {}]", Significant(estimate), Significant(low), Significant(high));
  }
  return fmt::format("{} [{}, {}]", Fixed(estimate, decimals), Fixed(low, decimals), Fixed(high, decimals));
}

std::string PValue(double p) {
  if (!std::isfinite(p)) return "";
  if (p < kSmallestPrintedP) return fmt::format("< {}", Fixed(kSmallestPrintedP, kPDecimals));
  return Fixed(p, kPDecimals);
}

}  // namespace tobii::report
