// Small text helpers for names people type (ids, behaviours, event names):
// ASCII letters compare without case, everything else byte for byte.
#pragma once

#include <algorithm>
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
  const auto hex = [&](const char* prefix, unsigned char c) {
    out += prefix;
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  };
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = byte(i);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) hex("\\x", c);
      else out.push_back(static_cast<char>(c));
      continue;
    }
    // A whole UTF-8 sequence is copied, but for the C1 controls (U+0080 to
    // U+009F); a byte that is not part of one is escaped where an
    // eight-bit terminal would obey it (0x80 to 0x9F: 0x9B starts a
    // control sequence) and copied otherwise.
    const std::size_t length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    bool whole = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; whole && k < length; ++k) whole = (byte(i + k) & 0xC0) == 0x80;
    if (!whole) {
      if (c <= 0x9F) hex("\\x", c);
      else out.push_back(static_cast<char>(c));
    } else if (c == 0xC2 && byte(i + 1) <= 0x9F) {
      hex("\\u00", byte(i + 1));
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length - 1;
    }
  }
  return out;
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
