// Numbers as a reader of a results table wants them: rounded to the digits
// that carry information, p-values in the style journals print. The CSV
// tables keep full precision; these are for report.html alone.
//
// Thread-safety: plain functions.
#pragma once

#include <string>

namespace tobii::report {

// Significant digits a value is printed with in the report's tables: three
// tell 283.9 from 284.1 without the noise of 283.934 (APA Publication
// Manual, 7th ed., 6.36: round to the precision the measurement supports).
inline constexpr int kReadingDigits = 3;

// A spread (SD, a confidence interval's width) sets the decimals of the
// mean beside it with this many significant digits: 94.02 (0.27).
inline constexpr int kSpreadDigits = 2;

// p and q below this print as "< 0.001" (APA 7th ed., 6.36); others with
// three decimals.
inline constexpr double kSmallestPrintedP = 0.001;
inline constexpr int kPDecimals = 3;

// Beyond this many decimals a number is printed with a power of ten.
inline constexpr int kMaxDecimals = 6;

// Decimals that give `value` `digits` significant digits (0 for values of
// `digits` integer digits or more; 0 for 0 and for non-finite values).
int DecimalsFor(double value, int digits);

// `value` with `decimals` decimals, a minus sign (U+2212) for negatives
// and "−0" never; "" for NaN and infinities.
std::string Fixed(double value, int decimals);

// `value` with `digits` significant digits: 283.934 → "284", 0.0194512 →
// "0.0195", 2.5e-5 → "2.50 × 10⁻⁵" (a power of ten beyond the range where
// plain decimals stay short); "" for NaN.
std::string Significant(double value, int digits = kReadingDigits);

// The decimals MeanSd gives a mean beside `sd`: kSpreadDigits significant
// digits of the SD (those of kReadingDigits of the mean when the SD is 0
// or not finite). A table row takes the most of its groups', so that the
// groups' means line up.
int MeanSdDecimals(double mean, double sd);

// "mean (SD)" with `decimals` decimals both; the mean alone when the SD is
// not finite; each to its own significant digits past kMaxDecimals.
std::string MeanSd(double mean, double sd, int decimals);

// A test statistic: whole numbers as they are ("0", "12"; U is whole or a
// half), others to kReadingDigits significant digits.
std::string Statistic(double value);

// Degrees of freedom: whole numbers as they are ("2", a paired t's),
// others to kSpreadDigits significant digits (Welch's 17.24 → "17").
std::string DegreesOfFreedom(double df);

// "mean (SD)" with the decimals the SD's kSpreadDigits give both:
// "94.02 (0.27)"; the mean alone to kReadingDigits when the SD is not
// finite (one participant).
std::string MeanSd(double mean, double sd);

// An estimate and its confidence interval, all three with the decimals
// that give the interval's width kReadingDigits significant digits:
// "−0.92 [−2.98, 1.14]"; the estimate alone (kReadingDigits) when the
// interval is not finite; "" when the estimate is not.
std::string EstimateInterval(double estimate, double low, double high);

// A p- or q-value: "< 0.001", "0.034", "1.000"; "" for NaN.
std::string PValue(double p);

}  // namespace tobii::report
