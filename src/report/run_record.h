// run.json as report.html reads it. The record's lists that grow with the
// study ("inputs", one entry per recording, and "files", one per file and
// folder) are not what the report shows: it shows the groups' counts
// ("groups") and the files that were not read. So the report is given, or
// reads, the record without the rest of those lists, and its memory does
// not grow with the study.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string_view>

namespace tobii::report {

// Whether the report lists this entry of run.json's "files": a file of the
// study that was not read.
inline bool ReportListsFile(const nlohmann::json& file) {
  return file.is_object() && file.value("role", "") == "not read";
}

// run.json at `path` as the report reads it: "files" holding only the
// entries it lists, and "inputs" left out where "groups" (which comes
// before it) says what the report needs of it. Null when the file is
// missing or does not read.
nlohmann::json ReadRunRecord(const std::filesystem::path& path);

// run[key], or an empty object when `run` is not an object or has no such
// member (iterating over it finds nothing; `value` gives the default). By
// reference: never copied.
inline const nlohmann::json& Member(const nlohmann::json& run, std::string_view key) {
  static const nlohmann::json kNone = nlohmann::json::object();
  if (!run.is_object()) return kNone;
  const auto it = run.find(key);
  return it != run.end() ? *it : kNone;
}

}  // namespace tobii::report
