// Splitting a line of a delimited text file into its fields.
#pragma once

#include <string_view>
#include <vector>

namespace tobii::io {

// Every field between separators, empty ones included; views into `line`.
inline std::vector<std::string_view> SplitFields(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = line.find(separator, start);
    fields.push_back(line.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) return fields;
    start = at + 1;
  }
}

}  // namespace tobii::io
