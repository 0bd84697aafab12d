// Small text helpers for names people type (ids, behaviours, event names):
// ASCII letters compare without case, everything else byte for byte.
#pragma once

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "tobii/escape_controls.h"  // EscapeControls

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

// A value found in a file, for a message: in quotes, control characters
// escaped, cut to a readable length.
// Every message of the one error format (`file:line:column: expected ...,
// found "..."`) shows what it found through this.
inline std::string QuotedFound(std::string_view text) {
  constexpr std::size_t kMaxShown = 40;
  std::size_t shown = std::min(text.size(), kMaxShown);
  // Not cut inside a UTF-8 sequence: back to the start of the one cut.
  if (shown < text.size()) {
    while (shown > 0 && (static_cast<unsigned char>(text[shown]) & 0xC0) == 0x80) --shown;
  }
  std::string out(1, '"');
  out += EscapeControls(text.substr(0, shown));
  if (shown < text.size()) out += "...";
  out += '"';
  return out;
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
