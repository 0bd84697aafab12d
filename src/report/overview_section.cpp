#include "report/overview_section.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "report/html_text.h"
#include "report/run_record.h"

namespace tobii::report {

namespace {

// Participants and recordings analysed per group, from run.json's inputs.
std::string Groups(const nlohmann::json& run) {
  struct Count {
    std::set<std::string> participants;
    int recordings = 0;
  };
  std::map<std::string, Count> groups;
  for (const nlohmann::json& input : Member(run, "inputs")) {
    if (input.value("status", "") != "analysed") continue;
    Count& count = groups[input.value("group", "")];
    count.participants.insert(input.value("participant_id", ""));
    ++count.recordings;
  }
  if (groups.empty()) return "";
  std::string html = "<table class=\"groups\" id=\"groups\">\n<caption>Groups (analysed recordings)</caption>\n"
                     "<thead><tr><th>group</th><th>participants</th><th>recordings</th></tr></thead>\n<tbody>\n";
  for (const auto& [group, count] : groups) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        group.empty() ? "(no group: not in the participants table)" : Escape(group),
                        count.participants.size(), count.recordings);
  }
  return html + "</tbody>\n</table>\n";
}

}  // namespace

std::string OverviewSection(const nlohmann::json& run) {
  if (!run.is_object()) return MissingNote("run.json is missing: no overview.");
  const nlohmann::json& recordings = Member(run, "recordings");
  std::string html = fmt::format(
      "<p>{} recordings found, {} analysed, {} failed. Study <code>{}</code>; participants table <code>{}</code>. "
      "tobii-pipeline {}.</p>\n",
      recordings.value("found", 0), recordings.value("analysed", 0), recordings.value("failed", 0),
      Escape(run.value("study", "")), Escape(run.value("participants_file", "")), Escape(run.value("version", "")));
  return html + Groups(run);
}

}  // namespace tobii::report
