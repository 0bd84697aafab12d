// Benjamini–Hochberg false-discovery-rate adjusted p-values (q-values) for
// a family of tests (Benjamini & Hochberg 1995, J. R. Stat. Soc. B
// 57(1):289–300).
//
// Stateless and thread-safe; O(m) memory.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace tobii::stats {

// One q-value per p-value, in the input order. With the m non-NaN p-values
// sorted ascending, p_(i) at rank i:
//
//   q_(i) = min(1, min over j >= i of p_(j) · m / j)
//
// equal to statsmodels' multipletests(p, method='fdr_bh')[1] (its
// fdrcorrection: p / (rank / m), cumulative minimum from the largest p,
// values above 1 set to 1) applied to the non-NaN p-values.
//
// REQUIRES: each p-value in [0, 1] or NaN. A NaN p-value (a test that could
// not be run) stays NaN and is not counted in m; statsmodels has no such
// rule (a NaN there turns every q-value NaN). An empty list gives an empty
// list.
std::vector<double> BenjaminiHochberg(std::span<const double> p_values);

// Treats one test's p-value in each item of a family as one
// Benjamini–Hochberg family: p_of(item) gives the p-value, and q_of(item)
// the double that receives its q-value.
template <typename Item, typename PValueOf, typename QValueOf>
void AddFamilyQValues(std::span<Item> family, PValueOf p_of, QValueOf q_of) {
  std::vector<double> p_values;
  p_values.reserve(family.size());
  for (const Item& item : family) p_values.push_back(p_of(item));
  const std::vector<double> q_values = BenjaminiHochberg(p_values);
  for (std::size_t i = 0; i < family.size(); ++i) q_of(family[i]) = q_values[i];
}

}  // namespace tobii::stats
