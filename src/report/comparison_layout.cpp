#include "report/comparison_layout.h"

#include <algorithm>
#include <cctype>

#include "report/method_references.h"

namespace tobii::report {

namespace {

constexpr std::string_view kP = "_p", kQ = "_q", kDf = "_df", kMethod = "_method";
constexpr std::string_view kCiLow = "_low", kCiHigh = "_high", kCi = "_ci";
// Columns of the reference group start so (reference_mean, ...).
constexpr std::string_view kReferencePrefix = "reference";
// The paired differences' columns (condition_stats.csv: difference_mean,
// difference_ci95_low, ...).
constexpr std::string_view kDifferenceMean = "difference_mean";
constexpr std::string_view kDifferenceCi = "difference_ci";

bool Has(const std::vector<std::string>& header, const std::string& name) {
  return std::find(header.begin(), header.end(), name) != header.end();
}

std::string Spaced(std::string text) {
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

}  // namespace

ComparisonLayout FindComparisonLayout(const std::vector<std::string>& header) {
  ComparisonLayout layout;
  // A test: TEST_p, its statistics the other TEST_* columns.
  for (const std::string& column : header) {
    if (!column.ends_with(kP) || column.size() == kP.size()) continue;
    TestColumns test;
    test.prefix = column.substr(0, column.size() - kP.size());
    test.p = column;
    if (Has(header, test.prefix + std::string(kQ))) test.q = test.prefix + std::string(kQ);
    if (Has(header, test.prefix)) test.statistics.push_back(test.prefix);  // paired_t
    for (const std::string& other : header) {
      if (!other.starts_with(test.prefix + "_") || other == test.p || other == test.q) continue;
      if (other.ends_with(kMethod)) continue;
      if (other.ends_with(kDf)) {
        test.df = other;
      } else {
        test.statistics.push_back(other);
      }
    }
    layout.tests.push_back(std::move(test));
  }
  // An effect: EFFECT_ciNN_low and _high beside EFFECT. The groups' own
  // intervals (ci95_low, reference_ci95_low, difference_ci95_low) have no
  // estimate column of their name and are not effects.
  for (const std::string& column : header) {
    if (!column.ends_with(kCiLow)) continue;
    const std::size_t ci = column.rfind(kCi);
    if (ci == std::string::npos || ci == 0) continue;
    EffectColumns effect;
    effect.estimate = column.substr(0, ci);
    effect.low = column;
    effect.high = column.substr(0, column.size() - kCiLow.size()) + std::string(kCiHigh);
    effect.level = column.substr(ci + kCi.size(), column.size() - kCiLow.size() - ci - kCi.size());
    if (!Has(header, effect.high)) continue;
    if (column.starts_with(kDifferenceCi) && Has(header, std::string(kDifferenceMean))) {
      effect.estimate = kDifferenceMean;
      layout.difference = std::move(effect);
      continue;
    }
    if (effect.estimate == kReferencePrefix || !Has(header, effect.estimate)) continue;
    layout.effects.push_back(std::move(effect));
  }
  return layout;
}

std::string TestTitle(const std::string& prefix) {
  const Method* method = FindMethod(prefix);
  return method != nullptr ? method->title : Spaced(prefix);
}

std::string StatisticSymbol(const std::string& prefix, const std::string& column) {
  const std::string suffix = column.substr(std::min(column.size(), prefix.size() + 1));
  const Method* method = FindMethod(prefix);
  if (method != nullptr && column == prefix) return method->symbol;
  if (column == prefix) return Spaced(column);
  if (method != nullptr) {
    std::string symbol = method->symbol;
    std::transform(symbol.begin(), symbol.end(), symbol.begin(), [](unsigned char c) { return std::tolower(c); });
    if (symbol == suffix) return method->symbol;
  }
  return Spaced(suffix);
}

std::string EffectTitle(const std::string& estimate) {
  const Method* method = FindMethod(estimate);
  return method != nullptr ? method->title : Spaced(estimate);
}

}  // namespace tobii::report
