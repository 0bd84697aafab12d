#include "stats/wilcoxon_signed_rank.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "stats/boost_policy.h"
#include "stats/paired_differences.h"
#include "stats/ranks.h"
#include "stats/sample_moments.h"
#include "stats/wilcoxon_signed_rank_null.h"

namespace tobii::stats {
namespace {

struct SignedRankSums {
  double plus = 0;   // R+
  double minus = 0;  // R−
  double tie_term = 0;
};

// Ranks |d| and sums the ranks by the sign of d. REQUIRES: no d is zero.
SignedRankSums SumSignedRanks(std::span<const double> differences) {
  std::vector<double> magnitudes(differences.size());
  std::transform(differences.begin(), differences.end(), magnitudes.begin(),
                 [](double d) { return std::abs(d); });
  const Ranking ranking = AverageRanks(magnitudes);
  SignedRankSums sums;
  sums.tie_term = ranking.tie_term;
  for (std::size_t i = 0; i < differences.size(); ++i) {
    (differences[i] > 0 ? sums.plus : sums.minus) += ranking.ranks[i];
  }
  return sums;
}

double ExactTwoSidedP(double rank_sum_plus, std::size_t n) {
  // SciPy's int(r_plus): a half-integer rank sum (ties) is truncated.
  const auto r = static_cast<std::int64_t>(rank_sum_plus);
  const auto total = static_cast<std::int64_t>(n * (n + 1) / 2);
  if (r == total / 2) return 1;
  const double at_most = SignedRankLowerTail(r, n);
  const double at_least = SignedRankLowerTail(total - r, n);  // symmetry
  return std::min(1.0, 2 * std::min(at_most, at_least));
}

}  // namespace

WilcoxonResult WilcoxonSignedRank(std::span<const double> x, std::span<const double> y) {
  WilcoxonResult result;
  if (x.empty() || x.size() != y.size()) return result;
  std::vector<double> differences = PairedDifferences(x, y);
  if (!AllFinite(differences)) return result;

  const std::size_t n = differences.size();
  const bool has_zero = std::find(differences.begin(), differences.end(), 0.0) != differences.end();
  if (n <= kMaxExactSignedRankPairs && !has_zero) {
    const SignedRankSums sums = SumSignedRanks(differences);
    result.method = WilcoxonMethod::kExact;
    result.statistic = std::min(sums.plus, sums.minus);
    result.p = ExactTwoSidedP(sums.plus, n);
    return result;
  }

  std::erase(differences, 0.0);  // zero_method='wilcox'
  if (differences.empty()) return result;
  const SignedRankSums sums = SumSignedRanks(differences);
  const double m = static_cast<double>(differences.size());
  const double mean = m * (m + 1) / 4;
  // Positive for m >= 1 whatever the ties: the tie term is at most m³ − m.
  const double sigma = std::sqrt((m * (m + 1) * (2 * m + 1) - sums.tie_term / 2) / 24);
  result.method = WilcoxonMethod::kAsymptotic;
  result.statistic = std::min(sums.plus, sums.minus);
  const double z = (result.statistic - mean) / sigma;
  const boost::math::normal_distribution<double, NoThrowPolicy> normal;
  result.p = 2 * boost::math::cdf(boost::math::complement(normal, std::abs(z)));
  return result;
}

}  // namespace tobii::stats
