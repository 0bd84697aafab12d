#include "io/studio_aoi_cells.h"

#include <algorithm>
#include <cctype>

namespace tobii::io {

namespace {

// Studio's name and id for the media as a whole, which is no AOI.
constexpr std::string_view kWholeMediaName = "Content";
constexpr std::string_view kWholeMediaId = "0";

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// Cuts `text` at every `separator`, each part trimmed.
std::vector<std::string_view> Cut(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t at = text.find(separator);
    parts.push_back(Trim(text.substr(0, at)));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + separator.size());
  }
}

// What stands between the first two ids of a list (`;` of `1;2`, `, ` of
// `1, 2`); empty for a single id.
std::string_view IdSeparator(std::string_view ids) {
  const auto first_end = std::find_if_not(ids.begin(), ids.end(), IsDigit);
  const auto next_start = std::find_if(first_end, ids.end(), IsDigit);
  if (next_start == ids.end()) return {};
  return ids.substr(static_cast<std::size_t>(first_end - ids.begin()),
                    static_cast<std::size_t>(next_start - first_end));
}

}  // namespace

void StudioRowAois(std::string_view ids, std::string_view names, std::vector<std::string_view>* aois) {
  aois->clear();
  ids = Trim(ids);
  names = Trim(names);
  if (names.empty()) return;
  const std::string_view between = IdSeparator(ids);
  if (between.empty()) {
    if (ids != kWholeMediaId && names != kWholeMediaName) aois->push_back(names);
    return;
  }
  // `1; 2` and `A; B`: the spaces around a separator are no part of it,
  // unless the separator is spaces alone.
  const std::string_view separator = Trim(between).empty() ? between : Trim(between);
  const std::vector<std::string_view> id_list = Cut(ids, separator);
  const std::vector<std::string_view> name_list = Cut(names, separator);
  if (name_list.size() != id_list.size()) {
    if (names != kWholeMediaName) aois->push_back(names);
    return;
  }
  for (std::size_t i = 0; i < id_list.size(); ++i) {
    if (id_list[i] != kWholeMediaId && !name_list[i].empty() && name_list[i] != kWholeMediaName) {
      aois->push_back(name_list[i]);
    }
  }
}

}  // namespace tobii::io
