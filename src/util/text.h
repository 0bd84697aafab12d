// Small text helpers for names people type (ids, behaviours, event names):
// ASCII letters compare without case, everything else byte for byte.
#pragma once

#include <cctype>
#include <set>
#include <string>
#include <string_view>

namespace tobii::util {

inline char LowerAscii(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

inline bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

// A file name from ids that may hold any character: each character other
// than ASCII letters, digits, '-', '_' and '.' becomes '_'.
inline std::string SafeFileName(std::string_view text) {
  std::string name;
  for (char c : text) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '_' || c == '.';
    name.push_back(plain ? c : '_');
  }
  return name;
}

// stem + suffix, or stem-2 + suffix, stem-3 + suffix, ..., the first not in
// *taken, which then holds it: names that SafeFileName made equal stay apart.
inline std::string UniqueFileName(const std::string& stem, const std::string& suffix,
                                  std::set<std::string>* taken) {
  std::string name = stem + suffix;
  for (int k = 2; taken->contains(name); ++k) name = stem + "-" + std::to_string(k) + suffix;
  taken->insert(name);
  return name;
}

}  // namespace tobii::util
