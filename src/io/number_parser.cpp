#include "io/number_parser.h"

#include <algorithm>
#include <cstring>

#include "fast_float/fast_float.h"

namespace tobii::io {

namespace {

// Longer than any number a table holds with its separators.
constexpr std::size_t kMaxGroupedChars = 64;
// A group separator that is never a decimal mark: ' or a space; the
// multi-byte ones (no-break space U+00A0, narrow no-break space U+202F)
// are matched as byte strings.
constexpr std::string_view kSpaceSeparators[] = {"\xC2\xA0", "\xE2\x80\xAF", " ", "'"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The separator that starts at text[at], or empty.
std::string_view SeparatorAt(std::string_view text, std::size_t at, char other_mark) {
  if (text[at] == other_mark) return text.substr(at, 1);
  for (std::string_view s : kSpaceSeparators) {
    if (text.substr(at).starts_with(s)) return s;
  }
  return {};
}

}  // namespace

bool NumberParser::Parse(std::string_view text, char mark, double* value) const {
  fast_float::parse_options options(fast_float::chars_format::general, mark);
  const char* end = text.data() + text.size();
  const auto result = fast_float::from_chars_advanced(text.data(), end, *value, options);
  return result.ec == std::errc() && result.ptr == end;
}

bool NumberParser::ParseGrouped(std::string_view text, char mark, double* value, char* group) const {
  *group = 0;
  if (text.size() > kMaxGroupedChars) return false;
  const char other = mark == '.' ? ',' : '.';
  char plain[kMaxGroupedChars];
  std::size_t n = 0, at = 0;
  if (at < text.size() && (text[at] == '-' || text[at] == '+')) plain[n++] = text[at++];
  std::string_view separator;
  int digits_in_group = 0, groups = 0;
  for (; at < text.size() && text[at] != mark && text[at] != 'e' && text[at] != 'E'; ) {
    if (IsDigit(text[at])) {
      plain[n++] = text[at++];
      ++digits_in_group;
      continue;
    }
    const std::string_view here = SeparatorAt(text, at, other);
    if (here.empty() || (!separator.empty() && here != separator)) return false;
    // The first group holds 1 to 3 digits, every later one exactly 3.
    if (digits_in_group < 1 || digits_in_group > 3 || (groups > 0 && digits_in_group != 3)) return false;
    separator = here;
    ++groups;
    digits_in_group = 0;
    at += here.size();
  }
  if (groups == 0 || digits_in_group != 3) return false;
  std::memcpy(plain + n, text.data() + at, text.size() - at);
  n += text.size() - at;
  *group = separator.size() == 1 ? separator[0] : ' ';
  return Parse(std::string_view(plain, n), mark, value);
}

bool NumberParser::ParseDouble(std::string_view text, double* value) {
  if (text.empty()) return false;
  if (decided_) {
    if (Parse(text, mark_, value)) return true;
    char group = 0;
    if (!ParseGrouped(text, mark_, value, &group)) return false;
    const bool other_mark = group == (mark_ == '.' ? ',' : '.');
    // The other mark as a separator: only where nothing else reads it.
    const bool evident = grouping_seen_ || std::count(text.begin(), text.end(), group) > 1 ||
                         text.find(mark_) != std::string_view::npos;
    if (other_mark && !evident) return false;
    if (other_mark) grouping_seen_ = true;
    return true;
  }
  const char* point = static_cast<const char*>(std::memchr(text.data(), '.', text.size()));
  const char* comma = static_cast<const char*>(std::memchr(text.data(), ',', text.size()));
  if (point != nullptr && comma != nullptr) {
    // Both marks: the last is the decimal mark, the other separates groups.
    const char mark = text.find_last_of(".,") == static_cast<std::size_t>(point - text.data()) ? '.' : ',';
    char group = 0;
    if (!ParseGrouped(text, mark, value, &group)) return false;
    mark_ = mark;
    decided_ = grouping_seen_ = true;
    return true;
  }
  for (char mark : {'.', ','}) {
    if ((mark == '.' ? point : comma) == nullptr) continue;
    if (std::count(text.begin(), text.end(), mark) > 1) {
      // Repeated, it separates groups; the decimal mark is the other one.
      const char decimal = mark == '.' ? ',' : '.';
      char group = 0;
      if (!ParseGrouped(text, decimal, value, &group)) return false;
      mark_ = decimal;
      decided_ = grouping_seen_ = true;
      return true;
    }
    char group = 0;
    // `1 234,5`: a space separates groups, and the mark is the decimal mark.
    if (!Parse(text, mark, value) && !ParseGrouped(text, mark, value, &group)) return false;
    mark_ = mark;
    decided_ = true;
    return true;
  }
  if (Parse(text, '.', value)) return true;
  char group = 0;
  return ParseGrouped(text, '.', value, &group);  // `1 234`, `1'234`
}

}  // namespace tobii::io
