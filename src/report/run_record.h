// run.json's members as the report sections read them: by reference, never
// copied (its per-file and per-recording lists grow with the study, and a
// copy of them would grow the report's memory with it).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace tobii::report {

// run[key], or an empty object when `run` is not an object or has no such
// member (iterating over it finds nothing; `value` gives the default).
inline const nlohmann::json& Member(const nlohmann::json& run, std::string_view key) {
  static const nlohmann::json kNone = nlohmann::json::object();
  if (!run.is_object()) return kNone;
  const auto it = run.find(key);
  return it != run.end() ? *it : kNone;
}

}  // namespace tobii::report
