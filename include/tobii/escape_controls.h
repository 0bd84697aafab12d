// Text from input files made safe to show on a terminal. Every message of
// the library may quote names and values from files (behaviours, columns,
// participant ids), so a program that prints one passes it through this.
#pragma once

#include <string>
#include <string_view>

namespace tobii::util {

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

}  // namespace tobii::util
