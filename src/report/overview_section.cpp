#include "report/overview_section.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <string>
#include <utility>

#include "report/html_text.h"
#include "report/run_record.h"

namespace tobii::report {

namespace {

// Participants and recordings analysed per group: run.json's "groups", or
// counted from its inputs where a record of an earlier version has none.
std::map<std::string, std::pair<std::size_t, std::size_t>> GroupCounts(const nlohmann::json& run) {
  std::map<std::string, std::pair<std::size_t, std::size_t>> counts;
  if (run.contains("groups")) {
    for (const nlohmann::json& group : Member(run, "groups")) {
      counts[group.value("group", "")] = {group.value("participants", std::size_t{0}),
                                          group.value("recordings", std::size_t{0})};
    }
    return counts;
  }
  std::map<std::string, std::set<std::string>> participants;
  for (const nlohmann::json& input : Member(run, "inputs")) {
    if (input.value("status", "") != "analysed") continue;
    const std::string group = input.value("group", "");
    participants[group].insert(input.value("participant_id", ""));
    ++counts[group].second;
  }
  for (const auto& [group, names] : participants) counts[group].first = names.size();
  return counts;
}

std::string Groups(const nlohmann::json& run) {
  const std::map<std::string, std::pair<std::size_t, std::size_t>> groups = GroupCounts(run);
  if (groups.empty()) return "";
  std::string html = "<table class=\"groups\" id=\"groups\">\n<caption>Groups (analysed recordings)</caption>\n"
                     "<thead><tr><th>group</th><th>participants</th><th>recordings</th></tr></thead>\n<tbody>\n";
  for (const auto& [group, count] : groups) {
    html += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        group.empty() ? "(no group: not in the participants table)" : Escape(group),
                        count.first, count.second);
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
  if (run.value("merged_from_shards", false)) {
    html +=
        "<p>The recordings were analysed in shares by the tasks of a job array "
        "(<code>run --shard K/N</code>) and merged (<code>merge</code>): the results are those of one run "
        "with the same arguments; the shards' records are in <code>shards/</code>.</p>\n";
  }
  return html + Groups(run);
}

}  // namespace tobii::report
