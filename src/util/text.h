// Small text helpers for names people type (ids, behaviours, event names):
// ASCII letters compare without case, everything else byte for byte.
#pragma once

#include <cctype>
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

}  // namespace tobii::util
