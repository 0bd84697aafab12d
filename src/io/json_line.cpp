#include "io/json_line.h"

#include <cmath>
#include <cstring>

namespace tobii::io {

namespace {

// A measurement beyond this is no measurement (and would not fit a float).
constexpr double kMaxMeasurement = 1e30;

}  // namespace

JsonLine::JsonLine() : parser_(kMaxJsonLineBytes) {}

bool JsonLine::Parse(std::string_view line, simdjson::dom::object* object, std::string* why) {
  if (line.size() > kMaxJsonLineBytes) {
    *why = "a line of " + std::to_string(line.size()) + " bytes, longer than any line of gaze data (" +
           std::to_string(kMaxJsonLineBytes) + ")";
    return false;
  }
  // simdjson reads up to SIMDJSON_PADDING bytes past the end of its input.
  if (padded_.size() < line.size() + simdjson::SIMDJSON_PADDING) {
    padded_.resize(line.size() + simdjson::SIMDJSON_PADDING);
  }
  std::memcpy(padded_.data(), line.data(), line.size());
  std::memset(padded_.data() + line.size(), ' ', simdjson::SIMDJSON_PADDING);
  simdjson::dom::element root;
  if (const simdjson::error_code error = parser_.parse(padded_.data(), line.size(), false).get(root)) {
    *why = std::string("simdjson: ") + simdjson::error_message(error);
    return false;
  }
  if (root.get_object().get(*object)) {
    *why = "JSON, but not an object";
    return false;
  }
  return true;
}

bool JsonNumber(simdjson::dom::element value, double* number) {
  double parsed = 0;
  if (value.get_double().get(parsed) || !(std::fabs(parsed) <= kMaxMeasurement)) return false;
  *number = parsed;
  return true;
}

bool JsonNumbers(simdjson::dom::element value, double* numbers, std::size_t count) {
  simdjson::dom::array array;
  if (value.get_array().get(array) || array.size() != count) return false;
  std::size_t i = 0;
  for (simdjson::dom::element item : array) {
    if (!JsonNumber(item, &numbers[i++])) return false;
  }
  return true;
}

std::string JsonText(simdjson::dom::element value) { return simdjson::minify(value); }

std::size_t JsonColumn(std::string_view line, std::initializer_list<std::string_view> path) {
  std::size_t at = 0;
  for (std::string_view key : path) {
    std::string quoted(1, '"');
    quoted.append(key).push_back('"');
    const std::size_t found = line.find(quoted, at);
    if (found == std::string_view::npos) return 1;
    at = found;
  }
  return at + 1;
}

}  // namespace tobii::io
