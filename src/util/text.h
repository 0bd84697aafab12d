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

// `text` with every control character shown as an escape (\x1b, \n...):
// C0 controls, DEL, and the C1 controls (U+0080 to U+009F, which some
// terminals obey as escape sequences too). Names from input files pass
// through this before they reach a terminal, so a behaviour named with an
// escape sequence cannot retitle or clear it.
inline std::string EscapeControls(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool c1 = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else if (c1) {
      const auto code = static_cast<unsigned char>(text[++i]);
      out += "\\u00";
      out.push_back(kHex[code >> 4]);
      out.push_back(kHex[code & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// A value found in a file, for a message: in quotes, control characters
// escaped, cut to a readable length.
inline std::string QuotedFound(std::string_view text) {
  constexpr std::size_t kMaxShown = 40;
  std::string out(1, '"');
  out += EscapeControls(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) out += "...";
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
