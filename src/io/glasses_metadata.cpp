#include "io/glasses_metadata.h"

#include <simdjson.h>

#include <cstdint>
#include <filesystem>
#include <system_error>

#include "io/byte_source.h"

namespace tobii::io {

namespace {

// An image has fewer than 100 000 pixels a side; anything else is not a size.
constexpr std::int64_t kMaxImagePx = 100000;

bool ReadSmallFile(const std::string& path, std::string* bytes) {
  return !path.empty() && ReadWholeFile(path, kMaxMetadataBytes, "a Pro Glasses metadata file", bytes).ok();
}

// The value at `keys` of the JSON file at `path`; false when missing.
// `parser` keeps the document alive.
bool JsonFileValue(const std::string& path, std::initializer_list<std::string_view> keys,
                   simdjson::dom::parser* parser, simdjson::dom::element* value) {
  std::string bytes;
  if (!ReadSmallFile(path, &bytes)) return false;
  simdjson::dom::element at;
  if (parser->parse(bytes).get(at)) return false;
  for (std::string_view key : keys) {
    simdjson::dom::object object;
    if (at.get_object().get(object) || object.at_key(key).get(at)) return false;
  }
  *value = at;
  return true;
}

}  // namespace

std::string FindMetadataFile(const std::string& data_path, std::string_view name, int levels_up) {
  if (data_path.empty()) return {};
  std::error_code error;
  std::filesystem::path folder = std::filesystem::absolute(data_path, error).parent_path();
  if (error) return {};
  for (int level = 0; level <= levels_up; ++level) {
    const std::filesystem::path candidate = folder / name;
    if (std::filesystem::is_regular_file(candidate, error)) return candidate.string();
    if (!folder.has_relative_path()) break;  // the root: nothing above it
    folder = folder.parent_path();
  }
  return {};
}

std::string JsonFileString(const std::string& path, std::initializer_list<std::string_view> keys) {
  simdjson::dom::parser parser;
  simdjson::dom::element value;
  std::string_view text;
  if (!JsonFileValue(path, keys, &parser, &value) || value.get_string().get(text)) return {};
  return std::string(text);
}

bool JsonFileIntPair(const std::string& path, std::initializer_list<std::string_view> keys, int* first,
                     int* second) {
  simdjson::dom::parser parser;
  simdjson::dom::element value;
  simdjson::dom::array array;
  if (!JsonFileValue(path, keys, &parser, &value) || value.get_array().get(array) || array.size() != 2)
    return false;
  std::int64_t numbers[2] = {0, 0};
  int i = 0;
  for (simdjson::dom::element item : array) {
    if (item.get_int64().get(numbers[i]) || numbers[i] < 1 || numbers[i] > kMaxImagePx) return false;
    ++i;
  }
  *first = static_cast<int>(numbers[0]);
  *second = static_cast<int>(numbers[1]);
  return true;
}

std::string SmallTextFile(const std::string& path) {
  std::string bytes;
  if (!ReadSmallFile(path, &bytes)) return {};
  const std::size_t begin = bytes.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  const std::size_t end = bytes.find_last_not_of(" \t\r\n");
  return bytes.substr(begin, end - begin + 1);
}

}  // namespace tobii::io
