#include "report/run_record.h"

#include <fstream>
#include <string>

namespace tobii::report {

nlohmann::json ReadRunRecord(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  // The top-level member being read, and whether "groups" was (run.json
  // writes its members in key order; one that is rewritten in another
  // order keeps its inputs, which the overview then counts itself). After
  // each dropped entry nlohmann looks through its array for it: time in
  // the entries kept times those dropped, small for the files not read.
  std::string member;
  bool groups = false;
  const nlohmann::json::parser_callback_t keep = [&](int depth, nlohmann::json::parse_event_t event,
                                                     nlohmann::json& parsed) {
    if (event == nlohmann::json::parse_event_t::key && depth == 1) {
      member = parsed.get<std::string>();
      groups = groups || member == "groups";
    }
    if (event != nlohmann::json::parse_event_t::object_end || depth != 2) return true;
    if (member == "files") return ReportListsFile(parsed);
    if (member == "inputs") return !groups;
    return true;
  };
  nlohmann::json run = nlohmann::json::parse(in, keep, /*allow_exceptions=*/false);
  return run.is_discarded() ? nlohmann::json(nullptr) : run;
}

}  // namespace tobii::report
