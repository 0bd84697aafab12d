#include "io/number_parser.h"

#include <cstring>

#include "fast_float/fast_float.h"

namespace tobii::io {

bool NumberParser::Parse(std::string_view text, char mark, double* value) const {
  fast_float::parse_options options(fast_float::chars_format::general, mark);
  const char* end = text.data() + text.size();
  const auto result = fast_float::from_chars_advanced(text.data(), end, *value, options);
  return result.ec == std::errc() && result.ptr == end;
}

bool NumberParser::ParseDouble(std::string_view text, double* value) {
  if (text.empty()) return false;
  if (decided_) return Parse(text, mark_, value);
  // Undecided: integers parse either way and decide nothing.
  if (std::memchr(text.data(), '.', text.size()) != nullptr) {
    if (!Parse(text, '.', value)) return false;
    mark_ = '.';
    decided_ = true;
    return true;
  }
  if (std::memchr(text.data(), ',', text.size()) != nullptr) {
    if (!Parse(text, ',', value)) return false;
    mark_ = ',';
    decided_ = true;
    return true;
  }
  return Parse(text, '.', value);
}

}  // namespace tobii::io
